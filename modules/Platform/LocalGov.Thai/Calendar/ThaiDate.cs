using System.Globalization;

namespace LocalGov.Thai;

/// <summary>
/// Buddhist-Era years and Thai date formats: <c>21 พ.ย. 2569</c> and <c>21 พฤศจิกายน พ.ศ. 2569</c>. Month names
/// are built in, so the output does not depend on the operating system's ICU data or on the current culture.
/// Thailand keeps Asia/Bangkok time, UTC+7 with no daylight saving (see DOMAIN.md).
/// </summary>
public static class ThaiDate
{
    /// <summary>The difference between a Buddhist-Era year and its Gregorian (CE) year.</summary>
    public const int BuddhistEraOffset = 543;

    /// <summary>Thailand's offset from UTC, all year round (Asia/Bangkok has no daylight saving).</summary>
    public static readonly TimeSpan BangkokOffset = TimeSpan.FromHours(7);

    private static readonly string[] MonthNames =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    private static readonly string[] MonthAbbreviations =
    [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ];

    /// <summary>The Buddhist-Era year of a Gregorian year: CE + 543 (2026 → 2569).</summary>
    /// <param name="gregorianYear">The year CE.</param>
    public static int ToBuddhistYear(int gregorianYear) => gregorianYear + BuddhistEraOffset;

    /// <summary>The Gregorian year of a Buddhist-Era year: BE − 543 (2569 → 2026).</summary>
    /// <param name="buddhistYear">The year BE.</param>
    public static int ToGregorianYear(int buddhistYear) => buddhistYear - BuddhistEraOffset;

    /// <summary>The calendar date in Thailand at the given instant (UTC+7).</summary>
    /// <param name="instant">Any instant, in any offset.</param>
    public static DateOnly InBangkok(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(BangkokOffset).DateTime);

    /// <summary>The full Thai month name, e.g. 11 → พฤศจิกายน.</summary>
    /// <param name="month">1 (January) to 12 (December).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1–12.</exception>
    public static string MonthName(int month) => MonthNames[MonthIndex(month)];

    /// <summary>The abbreviated Thai month name, e.g. 11 → พ.ย.</summary>
    /// <param name="month">1 (January) to 12 (December).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1–12.</exception>
    public static string MonthAbbreviation(int month) => MonthAbbreviations[MonthIndex(month)];

    /// <summary>The short Thai date: day, abbreviated month and BE year, e.g. <c>21 พ.ย. 2569</c>.</summary>
    /// <param name="date">The date (Gregorian calendar, as <see cref="DateOnly"/> always is).</param>
    public static string ToShortString(DateOnly date) => string.Create(
        CultureInfo.InvariantCulture, $"{date.Day} {MonthAbbreviations[date.Month - 1]} {ToBuddhistYear(date.Year)}");

    /// <summary>The long Thai date as written in letters and notices, e.g. <c>21 พฤศจิกายน พ.ศ. 2569</c>.</summary>
    /// <param name="date">The date.</param>
    public static string ToLongString(DateOnly date) => string.Create(
        CultureInfo.InvariantCulture, $"{date.Day} {MonthNames[date.Month - 1]} พ.ศ. {ToBuddhistYear(date.Year)}");

    /// <summary>The short Thai date of an instant as seen in Thailand (UTC+7).</summary>
    /// <param name="instant">Any instant, in any offset.</param>
    public static string ToShortString(DateTimeOffset instant) => ToShortString(InBangkok(instant));

    /// <summary>The long Thai date of an instant as seen in Thailand (UTC+7).</summary>
    /// <param name="instant">Any instant, in any offset.</param>
    public static string ToLongString(DateTimeOffset instant) => ToLongString(InBangkok(instant));

    private static int MonthIndex(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return month - 1;
    }
}
