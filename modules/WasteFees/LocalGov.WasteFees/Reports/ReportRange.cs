using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using LocalGov.WasteFees.Billing;

namespace LocalGov.WasteFees.Reports;

/// <summary>The months a report covers, first and last included, and the zone it is narrowed to (none: all zones).</summary>
public sealed record ReportRange(BillingPeriod From, BillingPeriod To, string? Zone)
{
    /// <summary>Two years: enough to compare with last year, few enough for a readable chart.</summary>
    public const int MaxMonths = 24;

    public int MonthCount => (To.Year - From.Year) * 12 + To.Month - From.Month + 1;

    public IEnumerable<BillingPeriod> Months => Enumerable.Range(0, MonthCount).Select(From.Plus);

    /// <summary>
    /// Reads the filter as a form or URL carries it ("2026-05" or "2569-05"); a blank month takes the default, the
    /// last 12 months up to and including this one (Bangkok). A month that cannot be read, a range that runs
    /// backwards or covers more than <see cref="MaxMonths"/> months is a 400 naming the field.
    /// </summary>
    public static ReportRange Parse(string? from, string? to, string? zone, DateOnly today)
    {
        var last = Read(to, BillingPeriod.Of(today), "to", "เดือนสุดท้าย", "last month");
        var first = Read(from, last.Plus(-11), "from", "เดือนเริ่มต้น", "first month");
        var range = new ReportRange(first, last, string.IsNullOrWhiteSpace(zone) ? null : zone.Trim());
        if (last < first)
        {
            throw new BusinessRuleException(new("เดือนสุดท้ายต้องไม่ก่อนเดือนเริ่มต้น", "The last month cannot be before the first."), "to");
        }
        if (range.MonthCount > MaxMonths)
        {
            throw new BusinessRuleException(new($"เลือกได้ไม่เกิน {MaxMonths} เดือน", $"Choose at most {MaxMonths} months."), "from");
        }
        return range;
    }

    private static BillingPeriod Read(string? text, BillingPeriod fallback, string field, string th, string en) =>
        string.IsNullOrWhiteSpace(text) ? fallback
        : BillingPeriod.Parse(text) ?? throw new BusinessRuleException(new LocalizedText(
            $"{th}ไม่ถูกต้อง ใช้รูปแบบ ปี-เดือน เช่น 2569-05", $"The {en} is not valid; use year-month, e.g. 2026-05."), field);
}
