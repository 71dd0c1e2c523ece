using LocalGov.Platform.Reporting;

namespace LocalGov.WasteFees.Reports;

/// <summary>The reports as CSV: English column names, Thai text, invariant numbers (see <see cref="CsvWriter"/>).</summary>
internal static class ReportsCsv
{
    /// <summary>The zone column of rows that add up every zone.</summary>
    public const string AllZones = "all";

    public static readonly string[] SummaryHeader =
        ["month", "month_th", "zone", "billed", "collected", "outstanding", "collection_rate_percent", "bills", "exempt"];

    public static readonly string[] ArrearsHeader =
        ["account_no", "payer_name", "place_name", "address", "zone", "route", "months_overdue", "oldest_due_date", "outstanding"];

    /// <summary>
    /// A row per month (all zones, or the chosen one), then, without a zone filter, a row per month and zone billed
    /// that month; last the range's total.
    /// </summary>
    public static async Task WriteSummaryAsync(CsvWriter csv, CollectionSummary summary)
    {
        await csv.RowAsync(SummaryHeader.Select(h => (CsvCell)h));
        var zone = summary.Range.Zone ?? AllZones;
        foreach (var (month, figures) in summary.Months)
        {
            await csv.RowAsync(Row(month.ToString(), month.Name(thai: true), zone, figures));
        }
        if (summary.Range.Zone is null)
        {
            foreach (var (month, cellZone, figures) in summary.Cells)
            {
                await csv.RowAsync(Row(month.ToString(), month.Name(thai: true), cellZone, figures));
            }
        }
        await csv.RowAsync(Row("total", "รวม", zone, summary.Total));
    }

    public static async Task WriteArrearsAsync(CsvWriter csv, IAsyncEnumerable<ArrearsRow> rows)
    {
        await csv.RowAsync(ArrearsHeader.Select(h => (CsvCell)h));
        await foreach (var r in rows)
        {
            await csv.RowAsync(r.AccountNo, r.PayerName, r.PlaceName, r.Address, r.Zone, r.Route, r.Months, (DateOnly?)r.OldestDue, r.Outstanding);
        }
    }

    private static CsvCell[] Row(string month, string monthTh, string zone, Figures f) =>
        [month, monthTh, zone, f.Billed, f.Collected, f.Outstanding, CsvCell.OneDecimal(f.CollectionRate), f.Bills, f.Exempt];
}
