using System.Globalization;
using System.Text.Json;
using LocalGov.Platform.Localization;
using Microsoft.AspNetCore.Http;

namespace LocalGov.OpenData.Ckan;

/// <summary>A refusal in CKAN's terms: the error's <c>__type</c>, its HTTP status and its fields.</summary>
public sealed class CkanException(int status, string type, IReadOnlyDictionary<string, object> fields) : Exception(type)
{
    public int Status { get; } = status;
    public string Type { get; } = type;
    public IReadOnlyDictionary<string, object> Fields { get; } = fields;

    /// <summary>409 Validation Error naming the parameter, as CKAN answers a value its schema refuses.</summary>
    public static CkanException Invalid(string parameter, LocalizedText message) =>
        new(StatusCodes.Status409Conflict, "Validation Error", new Dictionary<string, object> { [parameter] = new[] { message.En, message.Th } });

    public static CkanException Missing(string parameter) => Invalid(parameter, new("ต้องระบุค่า", "Missing value"));

    public static CkanException NotFound(LocalizedText message) =>
        new(StatusCodes.Status404NotFound, "Not Found Error", new Dictionary<string, object> { ["message"] = $"Not found: {message.En} / {message.Th}" });

    public static CkanException BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, "Bad Request", new Dictionary<string, object> { ["message"] = "Bad request - " + message });
}

/// <summary>
/// An action's parameters as CKAN takes them: from the query string on GET, from a JSON object body on POST (the
/// query string too, the body winning). Numbers and booleans may come as JSON values or as text.
/// </summary>
public sealed class CkanRequest
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static async Task<CkanRequest> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        var request = new CkanRequest();
        foreach (var (key, value) in http.Query)
        {
            request._values[key] = value.ToString();
        }
        if (HttpMethods.IsPost(http.Method) && (http.ContentLength is > 0 || http.Headers.TransferEncoding.Count > 0))
        {
            JsonDocument body;
            try
            {
                body = await JsonDocument.ParseAsync(http.Body, cancellationToken: cancellationToken);
            }
            catch (JsonException e)
            {
                throw CkanException.BadRequest("JSON Error: " + e.Message);
            }
            using (body)
            {
                if (body.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw CkanException.BadRequest("JSON Error: Request data JSON decoded to an array or a value, not an object");
                }
                foreach (var property in body.RootElement.EnumerateObject())
                {
                    request._values[property.Name] = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString()!,
                        JsonValueKind.Null => "",
                        _ => property.Value.GetRawText(),
                    };
                }
            }
        }
        return request;
    }

    public string? Text(string name) => _values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public string Required(string name) => Text(name) ?? throw CkanException.Missing(name);

    /// <summary>A natural number (0 or more) within <paramref name="max"/>, or <paramref name="fallback"/> when absent.</summary>
    public int Natural(string name, int fallback, int max)
    {
        if (Text(name) is not { } text)
        {
            return fallback;
        }
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw CkanException.Invalid(name, new("ต้องเป็นจำนวนเต็ม", "Invalid integer"));
        }
        if (value < 0)
        {
            throw CkanException.Invalid(name, new("ต้องเป็นจำนวนนับ (0 ขึ้นไป)", "Must be a natural number"));
        }
        return Math.Min(value, max);
    }

    public bool Flag(string name) => Text(name)?.ToLowerInvariant() switch
    {
        null or "false" or "0" or "no" or "off" => false,
        "true" or "1" or "yes" or "on" => true,
        _ => throw CkanException.Invalid(name, new("ต้องเป็น true หรือ false", "Value must be one of: true, false")),
    };
}
