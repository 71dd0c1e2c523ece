using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace LocalGov.Host.Tests.Complaints.Open311;

/// <summary>An Open311 answer as a client sees it: status, content type, body; read as JSON or XML.</summary>
public sealed record Open311Response(HttpStatusCode Status, string? ContentType, string Body)
{
    public JsonElement Json()
    {
        Assert.Equal("application/json; charset=utf-8", ContentType);
        return JsonDocument.Parse(Body).RootElement;
    }

    public XDocument Xml()
    {
        Assert.Equal("text/xml; charset=utf-8", ContentType);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", Body, StringComparison.Ordinal);
        return XDocument.Parse(Body);
    }

    /// <summary>The errors of an Open311 error answer (JSON), asserting its shape.</summary>
    public IReadOnlyList<(int Code, string Description)> Errors()
    {
        var json = Json();
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.NotEqual(0, json.GetArrayLength());
        return [.. json.EnumerateArray().Select(e => (e.GetProperty("code").GetInt32(), e.GetProperty("description").GetString()!))];
    }

    /// <summary>The errors of an Open311 error answer (XML: errors/error/code+description).</summary>
    public IReadOnlyList<(int Code, string Description)> XmlErrors()
    {
        var root = Xml().Root!;
        Assert.Equal("errors", root.Name.LocalName);
        return [.. root.Elements().Select(e =>
        {
            Assert.Equal("error", e.Name.LocalName);
            return (int.Parse(e.Element("code")!.Value, System.Globalization.CultureInfo.InvariantCulture), e.Element("description")!.Value);
        })];
    }
}

public static class Open311Http
{
    public static async Task<Open311Response> ReadAsync(this Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        return new Open311Response(response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
    }

    public static Task<Open311Response> Open311GetAsync(this HttpClient client, string url) => client.GetAsync(url).ReadAsync();

    public static Task<Open311Response> Open311PostAsync(this HttpClient client, string url, params (string Key, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)))).ReadAsync();

    /// <summary>Asserts a 200 JSON answer and returns it.</summary>
    public static async Task<JsonElement> JsonOkAsync(this HttpClient client, string url)
    {
        var response = await client.Open311GetAsync(url);
        Assert.True(response.Status == HttpStatusCode.OK, $"{url}: {(int)response.Status} {response.Body}");
        return response.Json();
    }

    public static async Task<XDocument> XmlOkAsync(this HttpClient client, string url)
    {
        var response = await client.Open311GetAsync(url);
        Assert.True(response.Status == HttpStatusCode.OK, $"{url}: {(int)response.Status} {response.Body}");
        return response.Xml();
    }

    public static IReadOnlyList<string> Ids(this JsonElement requests) =>
        [.. requests.EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()!)];
}
