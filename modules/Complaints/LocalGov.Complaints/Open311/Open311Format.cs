using Microsoft.AspNetCore.Http;

namespace LocalGov.Complaints.Open311;

/// <summary>The response format, chosen by the resource's suffix (<c>services.xml</c>, <c>services.json</c>).</summary>
internal enum Open311Format
{
    Xml,
    Json,
}

internal static class Open311Formats
{
    public const string XmlContentType = "text/xml; charset=utf-8";
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>The format a suffix names, or null for one we do not serve (the resource is then 404).</summary>
    public static Open311Format? Parse(string? suffix) => suffix?.ToLowerInvariant() switch
    {
        "xml" => Open311Format.Xml,
        "json" => Open311Format.Json,
        _ => null,
    };

    /// <summary>The format of an error for <paramref name="path"/>: XML when it asks for XML, otherwise JSON.</summary>
    public static Open311Format ForErrorsAt(PathString path) =>
        path.Value is { } value && value.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? Open311Format.Xml : Open311Format.Json;

    public static string ContentType(Open311Format format) => format == Open311Format.Xml ? XmlContentType : JsonContentType;
}
