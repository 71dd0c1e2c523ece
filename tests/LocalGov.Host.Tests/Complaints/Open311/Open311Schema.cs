using System.Globalization;
using System.Text.Json;

namespace LocalGov.Host.Tests.Complaints.Open311;

/// <summary>
/// Checks our JSON against the GeoReport v2 JSON Schemas kept in shared/open311-schema (beside the repository), for
/// the keywords those schemas use: type, anyOf, enum, required, properties, items with $ref, maxLength and the
/// date-time and uri formats. Returns every violation, so a failing test says what is wrong where.
/// </summary>
public static class Open311Schema
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "open311-schema");
            if (File.Exists(Path.Combine(candidate, "request.json")))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("shared/open311-schema was not found beside the repository.");
    });

    /// <summary>Asserts that <paramref name="value"/> validates against the named schema file (e.g. "requests.json").</summary>
    public static void AssertValid(string schemaFile, JsonElement value)
    {
        var errors = new List<string>();
        Validate(Load(schemaFile), value, "$", errors);
        Assert.True(errors.Count == 0, $"{schemaFile}: {string.Join("; ", errors)}\n{value}");
    }

    private static JsonElement Load(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder.Value, file))).RootElement;

    private static void Validate(JsonElement schema, JsonElement value, string at, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Validate(Load(reference.GetString()!), value, at, errors);
        }
        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            var matched = anyOf.EnumerateArray().Any(option =>
            {
                var attempt = new List<string>();
                Validate(option, value, at, attempt);
                return attempt.Count == 0;
            });
            if (!matched)
            {
                errors.Add($"{at}: matches none of anyOf ({value.ValueKind})");
            }
        }
        if (schema.TryGetProperty("type", out var type) && !HasType(value, type.GetString()!))
        {
            errors.Add($"{at}: expected {type.GetString()}, got {value.ValueKind}");
            return;
        }
        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.ToString() == value.ToString()))
        {
            errors.Add($"{at}: {value} is not one of {allowed}");
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (schema.TryGetProperty("maxLength", out var max) && text.Length > max.GetInt32())
            {
                errors.Add($"{at}: longer than {max.GetInt32()}");
            }
            if (schema.TryGetProperty("format", out var format))
            {
                if (format.GetString() == "date-time" && !DateTimeOffset.TryParseExact(text,
                        ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss'Z'"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    errors.Add($"{at}: {text} is not a date-time with an offset");
                }
                if (format.GetString() == "uri" && !Uri.TryCreate(text, UriKind.Absolute, out _))
                {
                    errors.Add($"{at}: {text} is not a URI");
                }
            }
        }
        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                {
                    errors.Add($"{at}: missing {name}");
                }
            }
            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    if (value.TryGetProperty(property.Name, out var child))
                    {
                        Validate(property.Value, child, $"{at}.{property.Name}", errors);
                    }
                }
            }
        }
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Validate(items, item, $"{at}[{i++}]", errors);
            }
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };
}
