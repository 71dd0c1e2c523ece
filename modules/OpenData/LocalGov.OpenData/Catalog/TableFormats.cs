using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using LocalGov.Platform.OpenData;
using LocalGov.Platform.Reporting;

namespace LocalGov.OpenData.Catalog;

/// <summary>
/// A dataset's two resources. CSV: RFC 4180, UTF-8 with a byte-order mark (Excel needs it for Thai), an English
/// header of the column names, invariant numbers, ISO dates, empty for no value. JSON: the column list with types
/// and Thai and English labels, then one object per row, the shape of CKAN's DataStore answers
/// (<c>fields</c>, <c>records</c>).
/// </summary>
public static class TableFormats
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string JsonType = "application/json; charset=utf-8";

    public static byte[] Csv(CatalogTable table)
    {
        var text = new StringBuilder();
        Line(text, table.Columns.Select(c => CsvWriter.Text(c.Name)));
        foreach (var row in table.Rows)
        {
            Line(text, row.Select(Cell));
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static JsonObject Json(CatalogTable table) => new()
    {
        ["dataset"] = table.Entry.Name,
        ["fields"] = new JsonArray([.. table.Columns.Select(c => (JsonNode)new JsonObject
        {
            ["id"] = c.Name,
            ["type"] = TypeName(c.Type),
            ["info"] = new JsonObject { ["label_th"] = c.Title.Th, ["label_en"] = c.Title.En },
        })]),
        ["records"] = new JsonArray([.. table.Rows.Select(r =>
        {
            var record = new JsonObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                record[table.Columns[i].Name] = Value(i < r.Length ? r[i] : null);
            }
            return (JsonNode)record;
        })]),
    };

    /// <summary>CKAN DataStore's type names: text, int, numeric, date.</summary>
    public static string TypeName(OpenDataType type) => type switch
    {
        OpenDataType.Integer => "int",
        OpenDataType.Decimal => "numeric",
        OpenDataType.Date => "date",
        _ => "text",
    };

    private static void Line(StringBuilder text, IEnumerable<string> cells) => text.Append(string.Join(',', cells)).Append("\r\n");

    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => CsvWriter.Text(s),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => CsvWriter.Text(value.ToString() ?? ""),
    };

    private static JsonNode? Value(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        decimal m => JsonValue.Create(m),
        double d => JsonValue.Create(d),
        DateOnly d => JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(value.ToString()),
    };
}
