using System.Net;
using System.Text.RegularExpressions;

namespace LocalGov.Host.Tests.Infrastructure;

/// <summary>
/// Fills in the host's forms the way a browser does: keeps cookies, reads the antiforgery token from the page,
/// posts the fields. Redirects are not followed, so tests can see where the host sends people.
/// </summary>
public sealed partial class FormClient
{
    private readonly HttpClient http;

    public FormClient(HttpClient http)
    {
        this.http = http;
        http.DefaultRequestHeaders.Accept.ParseAdd("text/html"); // a browser: errors come as pages and redirects
    }

    public HttpClient Http => http;

    /// <summary>The page at <paramref name="url"/>; anything but a 2xx answer fails the test with its status, redirect and start of body.</summary>
    public async Task<string> GetPageAsync(string url)
    {
        var response = await http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode,
            $"GET {url} answered {(int)response.StatusCode}{(response.Headers.Location is { } to ? $" to {to}" : "")}: {body[..Math.Min(body.Length, 400)]}");
        return body;
    }

    /// <summary>GETs <paramref name="formUrl"/> for its token, then POSTs the fields to <paramref name="postUrl"/> (default: the same URL).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string formUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var hidden = await OpenAsync(formUrl);
        return await hidden.PostAsync(fields.Select(f => (f.Key, f.Value)), postUrl);
    }

    /// <summary>GETs <paramref name="formUrl"/> and hands back the antiforgery token its form carries (for a POST timed on its own).</summary>
    public async Task<string> AntiforgeryTokenAsync(string formUrl) =>
        (await OpenAsync(formUrl)).Hidden.First(h => h.Key == "__RequestVerificationToken").Value;

    /// <summary>
    /// GETs the form at <paramref name="formUrl"/> once and keeps what a browser would send with it (the antiforgery
    /// token and the idempotency key), so a test can send that one form several times, as a double click does.
    /// </summary>
    public async Task<RenderedForm> OpenAsync(string formUrl)
    {
        var page = await http.GetAsync(formUrl);
        var html = await page.Content.ReadAsStringAsync();
        var token = Token().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {formUrl} ({(int)page.StatusCode}): {html[..Math.Min(html.Length, 400)]}");
        var key = IdempotencyKey().Match(html);
        List<(string, string)> hidden = [("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))];
        if (key.Success)
        {
            hidden.Add(("__IdempotencyKey", key.Groups[1].Value));
        }
        return new RenderedForm(http, formUrl, hidden);
    }

    /// <summary>A form as rendered once: its hidden fields, posted with whatever fields a test fills in.</summary>
    public sealed class RenderedForm(HttpClient http, string formUrl, IReadOnlyList<(string Key, string Value)> hidden)
    {
        public IReadOnlyList<(string Key, string Value)> Hidden => hidden;

        public string? IdempotencyKey => hidden.Where(h => h.Key == "__IdempotencyKey").Select(h => h.Value).FirstOrDefault();

        public Task<HttpResponseMessage> PostAsync(IEnumerable<(string Key, string Value)> fields, string? postUrl = null) =>
            http.PostAsync(postUrl ?? formUrl, new FormUrlEncodedContent(fields.Concat(hidden).Select(f => new KeyValuePair<string, string>(f.Key, f.Value))));

        public Task<HttpResponseMessage> PostAsync(params (string Key, string Value)[] fields) => PostAsync(fields.AsEnumerable());

        public async Task<HttpResponseMessage> PostWithFilesAsync(IEnumerable<(string Key, string Value)> fields,
            IEnumerable<(string Field, string FileName, byte[] Bytes)> files, string? postUrl = null)
        {
            using var content = new MultipartFormDataContent();
            foreach (var (key, value) in fields.Concat(hidden))
            {
                content.Add(new StringContent(value), key);
            }
            foreach (var (field, fileName, bytes) in files)
            {
                var file = new ByteArrayContent(bytes);
                file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(
                    fileName.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "image/png" : "image/jpeg");
                content.Add(file, field, fileName);
            }
            return await http.PostAsync(postUrl ?? formUrl, content);
        }
    }

    /// <summary>As <see cref="SubmitAsync(string, IEnumerable{KeyValuePair{string, string}}, string?)"/>, as multipart/form-data with files.</summary>
    public async Task<HttpResponseMessage> SubmitWithFilesAsync(string formUrl, IEnumerable<(string Key, string Value)> fields,
        IEnumerable<(string Field, string FileName, byte[] Bytes)> files, string? postUrl = null)
    {
        var form = await OpenAsync(formUrl);
        return await form.PostWithFilesAsync(fields, files, postUrl);
    }

    public Task<HttpResponseMessage> SubmitAsync(string formUrl, params (string Key, string Value)[] fields) =>
        SubmitAsync(formUrl, fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"__IdempotencyKey\" type=\"hidden\" value=\"([0-9a-f]+)\"")]
    private static partial Regex IdempotencyKey();
}
