using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalGov.Platform.Data;

/// <summary>
/// Keeps a small value object list or map (a permit type's documents, an application's answers) as JSON text in one
/// column, the same on SQLite and PostgreSQL. Compared by its JSON, so changing an item inside is saved.
/// </summary>
public static class JsonColumn
{
    // Thai text is stored as it is (not \uXXXX, six characters a letter), so the column limits mean what they say.
    // Never rendered into HTML from here: pages encode what they show.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>How many characters <paramref name="value"/> takes in its column, to refuse an oversized one with a clear message.</summary>
    public static int StoredLength<T>(T value) => JsonSerializer.Serialize(value, Options).Length;

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property) where T : class, new()
    {
        property.HasConversion(
            value => JsonSerializer.Serialize(value, Options),
            json => string.IsNullOrEmpty(json) ? new T() : JsonSerializer.Deserialize<T>(json, Options) ?? new T(),
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!));
        return property;
    }
}
