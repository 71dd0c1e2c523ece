using System.Globalization;

namespace LocalGov.Platform.Localization;

/// <summary>The cultures the UI speaks: Thai (default) and English.</summary>
public static class SupportedCultures
{
    public const string Thai = "th-TH";
    public const string English = "en-US";

    /// <summary>
    /// Thai keeps the Gregorian calendar for parsing and machine formats: .NET's th-TH default is the
    /// Thai Buddhist calendar, which would read a form's "2026-05-10" as BE 2026 (CE 1483). Buddhist-Era
    /// years are written explicitly by <c>ThaiDate</c> where people read them.
    /// </summary>
    public static IReadOnlyList<CultureInfo> All { get; } = [CreateThai(), new CultureInfo(English)];

    private static CultureInfo CreateThai()
    {
        var culture = new CultureInfo(Thai);
        culture.DateTimeFormat.Calendar = new GregorianCalendar();
        return culture;
    }

    public static bool IsSupported(string? name) =>
        name is not null && All.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
