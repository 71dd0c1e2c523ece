using System.Globalization;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using LocalGov.Thai;

namespace LocalGov.Permits.Statistics;

/// <summary>
/// The days a statistics page covers, first and last included, on the Bangkok calendar. By default the current Thai
/// fiscal year (1 October – 30 September); at most <see cref="MaxYears"/> years, so the monthly chart stays readable.
/// </summary>
public sealed record StatsRange(DateOnly From, DateOnly To)
{
    public const int MaxYears = 3;

    /// <summary>The first instant of <see cref="From"/> in Bangkok, as a stored UTC time.</summary>
    public DateTime FromUtc => StartUtc(From);

    /// <summary>The first instant after <see cref="To"/> in Bangkok, as a stored UTC time.</summary>
    public DateTime ToUtcExclusive => StartUtc(To.AddDays(1));

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>The calendar months the range touches, oldest first.</summary>
    public IReadOnlyList<StatsMonth> Months()
    {
        var months = new List<StatsMonth>();
        for (var m = StatsMonth.Of(From); m.First <= To; m = m.Next())
        {
            months.Add(m);
        }
        return months;
    }

    /// <summary>The fiscal year <paramref name="today"/> falls in.</summary>
    public static StatsRange FiscalYearOf(DateOnly today)
    {
        var year = ThaiFiscalYear.Of(today);
        return new StatsRange(year.FirstDay, year.LastDay);
    }

    /// <summary>
    /// Reads the range as a form or URL carries it: <c>2026-10-01</c>, or with a Buddhist-Era year <c>2569-10-01</c>.
    /// A blank first day is the first day of the last day's fiscal year, a blank last day the last day of the first
    /// day's fiscal year; both blank, the current fiscal year. A day that cannot be read, a range that runs backwards
    /// or one longer than <see cref="MaxYears"/> years is a 400 naming the field.
    /// </summary>
    public static StatsRange Parse(string? from, string? to, DateOnly today)
    {
        var first = Read(from, "from", "วันเริ่มต้น", "first day");
        var last = Read(to, "to", "วันสุดท้าย", "last day");
        var range = (first, last) switch
        {
            (null, null) => FiscalYearOf(today),
            ({ } f, null) => new StatsRange(f, ThaiFiscalYear.Of(f).LastDay),
            (null, { } l) => new StatsRange(ThaiFiscalYear.Of(l).FirstDay, l),
            ({ } f, { } l) => new StatsRange(f, l),
        };
        if (range.To < range.From)
        {
            throw new BusinessRuleException(new("วันสุดท้ายต้องไม่ก่อนวันเริ่มต้น", "The last day cannot be before the first day."), "to");
        }
        if (range.To >= range.From.AddYears(MaxYears))
        {
            throw new BusinessRuleException(new($"เลือกช่วงเวลาได้ไม่เกิน {MaxYears} ปี", $"Choose at most {MaxYears} years."), "to");
        }
        return range;
    }

    /// <summary>The range as the form and the links carry it (ISO days, Gregorian years).</summary>
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Read(string? text, string field, string th, string en)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var parts = text.Trim().Split('-');
        if (parts.Length == 3 && parts[0].Length == 4 && parts[1].Length is 1 or 2 && parts[2].Length is 1 or 2 &&
            int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) &&
            int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) &&
            int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            // a year past 2400 is a Buddhist-Era year: 2569-10-01 is 1 October 2026
            year = year > 2400 ? ThaiDate.ToGregorianYear(year) : year;
            if (year is >= 2000 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateOnly(year, month, day);
            }
        }
        throw new BusinessRuleException(new LocalizedText(
            $"{th}ไม่ถูกต้อง ใช้รูปแบบ ปี-เดือน-วัน เช่น 2569-10-01 หรือ 2026-10-01",
            $"The {en} is not valid; use year-month-day, e.g. 2026-10-01."), field);
    }

    private static DateTime StartUtc(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - ThaiDate.BangkokOffset, DateTimeKind.Utc);
}

/// <summary>A calendar month of the statistics, labelled in Thai with a Buddhist-Era year.</summary>
public readonly record struct StatsMonth(int Year, int Month)
{
    public DateOnly First => new(Year, Month, 1);

    /// <summary><c>2026-11</c>: the CSV's month column.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    public static StatsMonth Of(DateOnly day) => new(day.Year, day.Month);

    public StatsMonth Next() => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    /// <summary><c>พ.ย. 2569</c> or <c>Nov 2026</c>.</summary>
    public string Label(bool thai) => thai
        ? string.Create(CultureInfo.InvariantCulture, $"{ThaiDate.MonthAbbreviation(Month)} {ThaiDate.ToBuddhistYear(Year)}")
        : First.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>For chart columns: <c>พ.ย. 69</c> or <c>Nov 26</c>.</summary>
    public string ShortLabel(bool thai) => thai
        ? string.Create(CultureInfo.InvariantCulture, $"{ThaiDate.MonthAbbreviation(Month)} {ThaiDate.ToBuddhistYear(Year) % 100:D2}")
        : First.ToString("MMM yy", CultureInfo.InvariantCulture);
}
