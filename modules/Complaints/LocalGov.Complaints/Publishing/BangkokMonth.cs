using System.Globalization;
using LocalGov.Thai;

namespace LocalGov.Complaints.Publishing;

/// <summary>
/// A calendar month as Thailand sees it (Asia/Bangkok, UTC+7, no daylight saving; DOMAIN.md): a complaint filed at
/// 23:30 UTC on 31 October was filed in November. Labels carry Buddhist-Era years in Thai.
/// </summary>
public readonly record struct BangkokMonth(int Year, int Month) : IComparable<BangkokMonth>
{
    public DateTime StartUtc => DateTime.SpecifyKind(new DateTime(Year, Month, 1) - ThaiDate.BangkokOffset, DateTimeKind.Utc);

    public DateTime EndUtc => Next().StartUtc;

    /// <summary>ISO form for URLs and open data: <c>2026-11</c>.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    public static BangkokMonth Of(DateTime utc)
    {
        var local = DateTime.SpecifyKind(utc, DateTimeKind.Utc) + ThaiDate.BangkokOffset;
        return new BangkokMonth(local.Year, local.Month);
    }

    /// <summary>The <paramref name="count"/> months ending with the one <paramref name="nowUtc"/> falls in, oldest first.</summary>
    public static IReadOnlyList<BangkokMonth> Last(int count, DateTime nowUtc)
    {
        var current = Of(nowUtc);
        return [.. Enumerable.Range(0, count).Select(i => current.Plus(i - count + 1))];
    }

    /// <summary>Reads <c>2026-11</c>; anything else (or a year outside 2000–2200) is null.</summary>
    public static BangkokMonth? Parse(string? text) =>
        text is { Length: 7 } && text[4] == '-' &&
        int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) &&
        int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) &&
        year is >= 2000 and <= 2200 && month is >= 1 and <= 12
            ? new BangkokMonth(year, month)
            : null;

    public BangkokMonth Next() => Plus(1);

    public BangkokMonth Plus(int months)
    {
        var index = (Year * 12) + (Month - 1) + months;
        return new BangkokMonth(index / 12, (index % 12) + 1);
    }

    public bool Contains(DateTime utc) => Of(utc) == this;

    /// <summary><c>พ.ย. 2569</c> or <c>Nov 2026</c>.</summary>
    public string Label(bool thai) => thai
        ? string.Create(CultureInfo.InvariantCulture, $"{ThaiDate.MonthAbbreviation(Month)} {ThaiDate.ToBuddhistYear(Year)}")
        : new DateTime(Year, Month, 1).ToString("MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>For chart axes: <c>พ.ย. 69</c> or <c>Nov 26</c>.</summary>
    public string ShortLabel(bool thai) => thai
        ? string.Create(CultureInfo.InvariantCulture, $"{ThaiDate.MonthAbbreviation(Month)} {ThaiDate.ToBuddhistYear(Year) % 100:D2}")
        : new DateTime(Year, Month, 1).ToString("MMM yy", CultureInfo.InvariantCulture);

    public int CompareTo(BangkokMonth other) => (Year, Month).CompareTo((other.Year, other.Month));

    public static bool operator <(BangkokMonth left, BangkokMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(BangkokMonth left, BangkokMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(BangkokMonth left, BangkokMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(BangkokMonth left, BangkokMonth right) => left.CompareTo(right) >= 0;
}
