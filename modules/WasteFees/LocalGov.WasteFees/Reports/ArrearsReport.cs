using LocalGov.Platform.Data;
using LocalGov.WasteFees.Billing;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.Reports;

/// <summary>Which points the arrears list covers: those of a zone and/or a route as they stand now (where the collector goes).</summary>
public sealed record ArrearsFilter(string? Zone, string? Route)
{
    public static ArrearsFilter From(string? zone, string? route) =>
        new(string.IsNullOrWhiteSpace(zone) ? null : zone.Trim(), string.IsNullOrWhiteSpace(route) ? null : route.Trim());
}

/// <summary>A point that owes: how many months are overdue, since when, and how much in all.</summary>
public sealed record ArrearsRow(string AccountNo, string Address, string? PlaceName, string PayerName, string Zone, string Route,
    int Months, DateOnly OldestDue, decimal Outstanding);

/// <summary>Overdue money by how long it has been overdue (days past the due date, counted on the Bangkok calendar).</summary>
public sealed record AgeBucket(int FromDays, int? ToDays, int Charges, decimal Outstanding);

/// <summary>The arrears summary: the points that owe, what they owe, and its age.</summary>
public sealed record ArrearsSummary(int Points, decimal Outstanding, IReadOnlyList<AgeBucket> Buckets);

/// <summary>
/// Overdue charges (due date before today, Bangkok, not paid in full) added up per point in the database. The list
/// is the largest debt first; the CSV streams the same rows.
/// </summary>
public sealed class ArrearsReport(LocalGovDbContext db)
{
    /// <summary>The age buckets' lower bounds in days overdue: 1–30, 31–90, 91–180, over 180.</summary>
    public static readonly int[] BucketStarts = [1, 31, 91, 181];

    /// <summary>A point's overdue charges added up (properties, not a constructor, so EF Core can compose on it).</summary>
    private sealed class PointDebt
    {
        public Guid PointId { get; init; }
        public int Months { get; init; }
        public DateOnly OldestDue { get; init; }
        public decimal Outstanding { get; init; }
    }

    public async Task<ArrearsSummary> SummarizeAsync(ArrearsFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        // an overdue charge falls in the bucket whose due dates run from today − ToDays to today − FromDays
        var d30 = today.AddDays(-30);
        var d90 = today.AddDays(-90);
        var d180 = today.AddDays(-180);
        var found = await Overdue(filter, today)
            .GroupBy(c => c.DueDate >= d30 ? 0 : c.DueDate >= d90 ? 1 : c.DueDate >= d180 ? 2 : 3)
            .Select(g => new { Bucket = g.Key, Charges = g.Count(), Outstanding = g.Sum(c => c.Amount - c.Paid) })
            .ToListAsync(cancellationToken);
        var buckets = BucketStarts.Select((start, i) =>
        {
            var row = found.SingleOrDefault(b => b.Bucket == i);
            return new AgeBucket(start, i + 1 < BucketStarts.Length ? BucketStarts[i + 1] - 1 : null, row?.Charges ?? 0, row?.Outstanding ?? 0m);
        }).ToList();
        return new ArrearsSummary(await CountAsync(filter, today, cancellationToken), buckets.Sum(b => b.Outstanding), buckets);
    }

    /// <summary>How many points owe.</summary>
    public Task<int> CountAsync(ArrearsFilter filter, DateOnly today, CancellationToken cancellationToken) =>
        PerPoint(filter, today).CountAsync(cancellationToken);

    /// <summary>One page of the list, largest debt first (then by account number, so pages never overlap).</summary>
    public Task<List<ArrearsRow>> PageAsync(ArrearsFilter filter, DateOnly today, int page, int pageSize, bool thai,
        CancellationToken cancellationToken) =>
        Rows(filter, today, thai).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);

    /// <summary>Every row, streamed from the database (the CSV).</summary>
    public IAsyncEnumerable<ArrearsRow> AllAsync(ArrearsFilter filter, DateOnly today, bool thai) => Rows(filter, today, thai).AsAsyncEnumerable();

    /// <summary>The zones and routes points are on now, for the filters.</summary>
    public async Task<(List<string> Zones, List<string> Routes)> ChoicesAsync(CancellationToken cancellationToken) =>
        (await db.Set<ServicePoint>().Select(p => p.Zone).Distinct().OrderBy(z => z).ToListAsync(cancellationToken),
         await db.Set<ServicePoint>().Select(p => p.Route).Distinct().OrderBy(r => r).ToListAsync(cancellationToken));

    private IQueryable<ArrearsRow> Rows(ArrearsFilter filter, DateOnly today, bool thai) =>
        from debt in PerPoint(filter, today)
        join p in db.Set<ServicePoint>() on debt.PointId equals p.Id
        // SQLite cannot order by a decimal; a double orders baht amounts the same
        orderby (double)debt.Outstanding descending, p.AccountNo
        select new ArrearsRow(p.AccountNo, ServicePointDetails.FormatAddress(p.HouseNo, p.Moo, p.Soi, p.Road, p.Subdistrict, thai),
            p.PlaceName, p.PayerName, p.Zone, p.Route, debt.Months, debt.OldestDue, debt.Outstanding);

    private IQueryable<PointDebt> PerPoint(ArrearsFilter filter, DateOnly today) =>
        Overdue(filter, today)
            .GroupBy(c => c.ServicePointId)
            .Select(g => new PointDebt { PointId = g.Key, Months = g.Count(), OldestDue = g.Min(c => c.DueDate!.Value), Outstanding = g.Sum(c => c.Amount - c.Paid) });

    private IQueryable<WasteCharge> Overdue(ArrearsFilter filter, DateOnly today)
    {
        var overdue = db.Set<WasteCharge>().Where(c => c.DueDate < today && c.Paid < c.Amount);
        if (filter.Zone is null && filter.Route is null)
        {
            return overdue;
        }
        var points = db.Set<ServicePoint>().AsQueryable();
        if (filter.Zone is { } zone)
        {
            points = points.Where(p => p.Zone == zone);
        }
        if (filter.Route is { } route)
        {
            points = points.Where(p => p.Route == route);
        }
        return overdue.Where(c => points.Any(p => p.Id == c.ServicePointId));
    }
}
