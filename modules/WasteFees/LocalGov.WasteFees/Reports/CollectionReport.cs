using LocalGov.Platform.Data;
using LocalGov.WasteFees.Billing;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.Reports;

/// <summary>A range's figures by month, by zone, and by month and zone (the CSV's rows).</summary>
public sealed record CollectionSummary(ReportRange Range, IReadOnlyList<(BillingPeriod Month, Figures Figures)> Months,
    IReadOnlyList<(string Zone, Figures Figures)> Zones, IReadOnlyList<(BillingPeriod Month, string Zone, Figures Figures)> Cells)
{
    public Figures Total { get; } = Figures.Sum(Months.Select(m => m.Figures));
}

/// <summary>
/// Billed against collected, from the charges alone (each holds its month, zone as billed, amount and what has been
/// paid on it). The database does the adding up: one GROUP BY month and zone over the range, a few hundred rows
/// back however many points the LAO bills; months and zones are summed from those.
/// </summary>
public sealed class CollectionReport(LocalGovDbContext db)
{
    public async Task<CollectionSummary> SummarizeAsync(ReportRange range, CancellationToken cancellationToken)
    {
        var charges = db.Set<WasteCharge>().Where(c => c.Period >= range.From.Key && c.Period <= range.To.Key);
        if (range.Zone is { } zone)
        {
            charges = charges.Where(c => c.Zone == zone);
        }
        var cells = (await charges
            .GroupBy(c => new { c.Period, c.Zone })
            .Select(g => new
            {
                g.Key.Period,
                g.Key.Zone,
                Billed = g.Sum(c => c.Amount),
                Collected = g.Sum(c => c.Paid),
                Bills = g.Count(c => c.BillId != null),
                Exempt = g.Count(c => c.Exempt),
            })
            .ToListAsync(cancellationToken))
            .Select(c => (Month: BillingPeriod.FromKey(c.Period), c.Zone, Figures: new Figures(c.Billed, c.Collected, c.Bills, c.Exempt)))
            .OrderBy(c => c.Month).ThenBy(c => c.Zone, StringComparer.Ordinal)
            .ToList();
        var months = range.Months
            .Select(m => (m, Figures.Sum(cells.Where(c => c.Month == m).Select(c => c.Figures))))
            .ToList();
        var zones = cells.GroupBy(c => c.Zone, StringComparer.Ordinal)
            .Select(g => (g.Key, Figures.Sum(g.Select(c => c.Figures))))
            .OrderBy(z => z.Key, StringComparer.Ordinal)
            .ToList();
        return new CollectionSummary(range, months, zones, cells);
    }

    /// <summary>The zones billed in the range, for the filter.</summary>
    public Task<List<string>> ZonesAsync(ReportRange range, CancellationToken cancellationToken) =>
        db.Set<WasteCharge>().Where(c => c.Period >= range.From.Key && c.Period <= range.To.Key)
            .Select(c => c.Zone).Distinct().OrderBy(z => z).ToListAsync(cancellationToken);
}
