using System.Globalization;

namespace LocalGov.Platform.Reporting;

/// <summary>
/// A cell for <see cref="CsvWriter"/>: text (quoted as needed, and defused if a spreadsheet would run it as a
/// formula) or a number or date (invariant culture, never defused: "-12.50" is a number, not a formula).
/// </summary>
public readonly struct CsvCell
{
    private CsvCell(string value) => Value = value;

    /// <summary>The cell as it goes into the file.</summary>
    public string Value { get; }

    public static implicit operator CsvCell(string? text) => new(CsvWriter.Text(text ?? ""));

    /// <summary>A money amount as "1234.50": no grouping, two decimals.</summary>
    public static implicit operator CsvCell(decimal value) => new(value.ToString("0.00", CultureInfo.InvariantCulture));

    public static implicit operator CsvCell(int value) => new(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>An ISO date, "2026-05-31"; empty for none.</summary>
    public static implicit operator CsvCell(DateOnly? date) => new(date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");

    /// <summary>A measure with one decimal, rounded half away from zero ("77.8"); empty for none.</summary>
    public static CsvCell OneDecimal(decimal? value) => new(value is { } v
        ? Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) : "");
}
