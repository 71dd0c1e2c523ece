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
        var all = fields.Append(new("__RequestVerificationToken", await AntiforgeryTokenAsync(formUrl)));
        return await http.PostAsync(postUrl ?? formUrl, new FormUrlEncodedContent(all));
    }

    /// <summary>GETs <paramref name="formUrl"/> and hands back the antiforgery token its form carries (for a POST timed on its own).</summary>
    public async Task<string> AntiforgeryTokenAsync(string formUrl)
    {
        var page = await http.GetAsync(formUrl);
        var html = await page.Content.ReadAsStringAsync();
        var token = Token().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {formUrl} ({(int)page.StatusCode}): {html[..Math.Min(html.Length, 400)]}");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    /// <summary>As <see cref="SubmitAsync(string, IEnumerable{KeyValuePair{string, string}}, string?)"/>, as multipart/form-data with files.</summary>
    public async Task<HttpResponseMessage> SubmitWithFilesAsync(string formUrl, IEnumerable<(string Key, string Value)> fields,
        IEnumerable<(string Field, string FileName, byte[] Bytes)> files, string? postUrl = null)
    {
        var token = await AntiforgeryTokenAsync(formUrl);
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields.Append(("__RequestVerificationToken", token)))
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

    public Task<HttpResponseMessage> SubmitAsync(string formUrl, params (string Key, string Value)[] fields) =>
        SubmitAsync(formUrl, fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
