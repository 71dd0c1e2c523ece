using LocalGov.Platform.Reporting;
using LocalGov.Tax.Assessment;

namespace LocalGov.Tax.Dashboard;

/// <summary>The dashboard as CSV: English column names, Thai text, invariant numbers (see <see cref="CsvWriter"/>). No national IDs.</summary>
internal static class DashboardCsv
{
    public static readonly string[] SummaryHeader = ["year", "year_be", "head", "category", "category_th", "assessed", "collected", "outstanding", "collection_rate_percent"];

    public static readonly string[] ArrearsHeader =
        ["assessment_no", "kind", "payer_no", "payer_name", "due_date", "outstanding", "warning_issued_on", "warning_deadline"];

    /// <summary>A row per head (every known head, even at zero, so a year compares with another), then the total.</summary>
    public static async Task WriteSummaryAsync(CsvWriter csv, RevenueSummary summary)
    {
        await csv.RowAsync(SummaryHeader.Select(h => (CsvCell)h));
        foreach (var c in summary.Categories.Append(summary.Total))
        {
            await csv.RowAsync(summary.Year, summary.Year + 543, c.Head, c.Name.En, c.Name.Th, c.Assessed, c.Collected, c.Outstanding, CsvCell.OneDecimal(c.Rate));
        }
    }

    public static async Task WriteArrearsAsync(CsvWriter csv, IAsyncEnumerable<ArrearsRow> rows)
    {
        await csv.RowAsync(ArrearsHeader.Select(h => (CsvCell)h));
        await foreach (var r in rows)
        {
            await csv.RowAsync(r.Number, r.Kind == TaxKind.LandBuilding ? "land-building" : "signboard", r.PayerCode, r.PayerName,
                (DateOnly?)r.DueDate, r.Outstanding, r.WarningIssuedOn, r.WarningDeadline);
        }
    }
}
