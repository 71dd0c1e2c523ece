using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.Collection;

/// <summary>A collection route as the collector picks it: its zones, how many points, how many owe, and how much.</summary>
public sealed record RouteSummary(string Route, IReadOnlyList<string> Zones, int Points, int PointsOwing, decimal Outstanding);

/// <summary>A point on the collector's list with its open bills.</summary>
public sealed record RoutePoint(ServicePoint Point, IReadOnlyList<OpenBill> Bills)
{
    public decimal Outstanding => Bills.Sum(b => b.Outstanding);
}

/// <summary>An open bill with what settles it today and the stamp the cash form carries (a stale one is a 409).</summary>
public sealed record CollectableBill(OpenBill Bill, PayableBill? Payable)
{
    public decimal DueToday => Payable?.Bill.DueAsOf.Total ?? Bill.Outstanding;
}

/// <summary>The collector's book: routes, the points of a route in walking order, and one point's open bills.</summary>
public sealed class RouteBook(LocalGovDbContext db, IPaymentTaking taking)
{
    public async Task<IReadOnlyList<RouteSummary>> RoutesAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Set<ServicePoint>().GroupBy(p => new { p.Route, p.Zone })
            .Select(g => new { g.Key.Route, g.Key.Zone, Count = g.Count() })
            .ToListAsync(cancellationToken);
        // what each owing point owes, summed in the database: one row per owing point, not one per charge
        var owing = await OpenBills.Unpaid(db)
            .Join(db.Set<ServicePoint>(), c => c.ServicePointId, p => p.Id, (c, p) => new { p.Route, c.ServicePointId, Due = c.Amount - c.Paid })
            .GroupBy(x => new { x.Route, x.ServicePointId })
            .Select(g => new { g.Key.Route, Outstanding = g.Sum(x => x.Due) })
            .ToListAsync(cancellationToken);
        var owingByRoute = owing.Where(o => o.Outstanding > 0)
            .GroupBy(o => o.Route, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Points: g.Count(), Amount: g.Sum(o => o.Outstanding)), StringComparer.Ordinal);
        return [.. counts.GroupBy(c => c.Route, StringComparer.Ordinal)
            .Select(g =>
            {
                var due = owingByRoute.GetValueOrDefault(g.Key);
                return new RouteSummary(g.Key, [.. g.Select(c => c.Zone).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                    g.Sum(c => c.Count), due.Points, due.Amount);
            })
            .OrderBy(r => r.Zones.FirstOrDefault(), StringComparer.Ordinal)
            .ThenBy(r => r.Route, StringComparer.Ordinal)];
    }

    /// <summary>The route's points in walking order (route order, then account number); null when no point is on it.</summary>
    public async Task<IReadOnlyList<RoutePoint>?> RouteAsync(string route, CancellationToken cancellationToken)
    {
        var points = await db.Set<ServicePoint>().AsNoTracking().Where(p => p.Route == route)
            .OrderBy(p => p.RouteOrder).ThenBy(p => p.AccountNo)
            .ToListAsync(cancellationToken);
        if (points.Count == 0)
        {
            return null;
        }
        var bills = OpenBills.ByPoint(await OpenBills.ReadAsync(
            OpenBills.Unpaid(db).Where(c => db.Set<ServicePoint>().Any(p => p.Id == c.ServicePointId && p.Route == route)), cancellationToken));
        return [.. points.Select(p => new RoutePoint(p, bills.GetValueOrDefault(p.Id) ?? []))];
    }

    public Task<ServicePoint?> PointAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<ServicePoint>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>The point's open bills, each with what is due today and its current stamp.</summary>
    public async Task<IReadOnlyList<CollectableBill>> BillsAsync(Guid pointId, CancellationToken cancellationToken)
    {
        var open = OpenBills.Group(await OpenBills.ReadAsync(OpenBills.Unpaid(db).Where(c => c.ServicePointId == pointId), cancellationToken));
        var list = new List<CollectableBill>(open.Count);
        foreach (var bill in open)
        {
            list.Add(new CollectableBill(bill, await taking.FindPayableAsync(bill.BillId, cancellationToken)));
        }
        return list;
    }
}
