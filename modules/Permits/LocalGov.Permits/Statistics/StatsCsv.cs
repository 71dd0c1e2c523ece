using LocalGov.Platform.Reporting;

namespace LocalGov.Permits.Statistics;

/// <summary>
/// The statistics as CSV for Excel (see <see cref="CsvWriter"/>: UTF-8 with a byte-order mark, English column names,
/// invariant numbers, formula-like text defused). Figures only: no applicant, holder or officer is named.
/// </summary>
public static class StatsCsv
{
    /// <summary>The type code of the row that adds up every type.</summary>
    public const string AllTypes = "all";

    public static readonly string[] TypesHeader =
    [
        "period_from", "period_to", "type_code", "type_name_th", "type_name_en",
        "received", "still_open", "late_now", "withdrawn", "approved", "rejected", "decided",
        "median_days_to_decision", "decided_in_time", "percent_in_time", "permits_issued", "fees_billed",
    ];

    public static readonly string[] MonthsHeader = ["month", "month_th", "received", "decided"];

    /// <summary>A row per type, then the total of all types.</summary>
    public static async Task WriteTypesAsync(CsvWriter csv, PermitStatsReport report)
    {
        await csv.RowAsync(TypesHeader.Select(h => (CsvCell)h));
        foreach (var type in report.Types)
        {
            await csv.RowAsync(TypeRow(report.Range, type.Code, type.Name.Th, type.Name.En, type.Figures));
        }
        await csv.RowAsync(TypeRow(report.Range, AllTypes, "ทุกประเภท", "All types", report.Total));
    }

    public static async Task WriteMonthsAsync(CsvWriter csv, PermitStatsReport report)
    {
        await csv.RowAsync(MonthsHeader.Select(h => (CsvCell)h));
        foreach (var month in report.Months)
        {
            await csv.RowAsync(month.Month.Key, month.Month.Label(thai: true), month.Received, month.Decided);
        }
        await csv.RowAsync("total", "รวม", report.Months.Sum(m => m.Received), report.Months.Sum(m => m.Decided));
    }

    private static CsvCell[] TypeRow(StatsRange range, string code, string nameTh, string nameEn, TypeFigures f) =>
    [
        (DateOnly?)range.From, (DateOnly?)range.To, code, nameTh, nameEn,
        f.Received, f.Open, f.Late, f.Withdrawn, f.Approved, f.Rejected, f.Decided,
        CsvCell.OneDecimal((decimal?)f.MedianDays), f.DecidedInTime, CsvCell.OneDecimal((decimal?)f.InTimeShare), f.PermitsIssued, f.FeesBilled,
    ];
}
