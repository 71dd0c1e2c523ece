using System.Globalization;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;

namespace LocalGov.Platform.Satisfaction;

/// <summary>The five labelled points residents choose from, and the check every answer passes.</summary>
public static class SatisfactionScale
{
    /// <summary>DGA's indicator: the share of answers of 4 or 5 should be at least this (per cent).</summary>
    public const double TargetPercent = 80;

    public static IReadOnlyList<(int Stars, LocalizedText Label)> Points { get; } =
    [
        (1, new("ต้องปรับปรุง", "Needs improvement")),
        (2, new("พอใช้", "Fair")),
        (3, new("ปานกลาง", "Average")),
        (4, new("ดี", "Good")),
        (5, new("ดีมาก", "Very good")),
    ];

    public static LocalizedText Label(int stars) => Points[Check(stars) - 1].Label;

    /// <summary>A whole number from 1 to 5, or a 400 naming the field.</summary>
    public static int Check(int stars) => stars is >= 1 and <= 5 ? stars : throw Refused();

    /// <summary>The form's text ("4"); anything else (empty, "abc", "4.5", "0", "6") is refused with the same message.</summary>
    public static int Parse(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var stars) ? Check(stars) : throw Refused();

    private static BusinessRuleException Refused() => new(new LocalizedText(
        "เลือกระดับความพึงพอใจ 1 ถึง 5 (1 ต้องปรับปรุง … 5 ดีมาก)", "Choose a rating from 1 to 5 (1 needs improvement … 5 very good)."), "stars");
}

/// <summary>The month an answer counts in: "yyyy-MM" on the Bangkok calendar (Gregorian digits, sortable).</summary>
public static class SatisfactionMonth
{
    public static string Of(DateTime utc)
    {
        var local = Timing.BangkokTime.ToLocal(utc);
        return local.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }

    /// <summary>The 12 months ending with <paramref name="last"/>, oldest first.</summary>
    public static IReadOnlyList<string> Last12(string last) => Between(First(last).AddMonths(-11).ToString("yyyy-MM", CultureInfo.InvariantCulture), last);

    /// <summary>Every month from <paramref name="from"/> to <paramref name="to"/> inclusive (at most 20 years), oldest first.</summary>
    public static List<string> Between(string from, string to)
    {
        var months = new List<string>();
        for (var m = First(from); m <= First(to) && months.Count < 240; m = m.AddMonths(1))
        {
            months.Add(m.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }
        return months;
    }

    private static DateOnly First(string month) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ArgumentException($"'{month}' is not a month (yyyy-MM).", nameof(month));

    /// <summary>"ธ.ค. 69" or "Dec 2026" for a chart column.</summary>
    public static string Short(string month, bool thai)
    {
        var date = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return thai
            ? $"{Thai.ThaiDate.MonthAbbreviation(date.Month)} {(date.Year + 543) % 100:00}"
            : date.ToString("MMM yyyy", CultureInfo.InvariantCulture);
    }
}
