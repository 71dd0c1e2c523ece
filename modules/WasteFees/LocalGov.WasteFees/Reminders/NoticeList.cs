using LocalGov.Platform.Data;
using LocalGov.Platform.Timing;
using LocalGov.WasteFees.Collection;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.Reminders;

/// <summary>One printed notice: a point of the route with bills past their due date.</summary>
public sealed record OverdueNotice(ServicePoint Point, IReadOnlyList<OpenBill> Bills)
{
    public decimal Total => Bills.Sum(b => b.Outstanding);
}

/// <summary>The printable overdue notices of one route, in walking order, for the collector to leave at each door.</summary>
public sealed class NoticeList(LocalGovDbContext db, TimeProvider clock)
{
    public Task<List<string>> RoutesAsync(CancellationToken cancellationToken) =>
        db.Set<ServicePoint>().Select(p => p.Route).Distinct().OrderBy(r => r).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<OverdueNotice>> ForRouteAsync(string route, CancellationToken cancellationToken)
    {
        var today = BangkokTime.Today(clock);
        var onRoute = db.Set<ServicePoint>().Where(p => p.Route == route);
        var overdue = OpenBills.Unpaid(db).Where(c => c.DueDate < today && onRoute.Any(p => p.Id == c.ServicePointId));
        var bills = OpenBills.ByPoint(await OpenBills.ReadAsync(overdue, cancellationToken));
        var points = await onRoute.AsNoTracking().Where(p => overdue.Any(c => c.ServicePointId == p.Id))
            .OrderBy(p => p.RouteOrder).ThenBy(p => p.AccountNo).ToListAsync(cancellationToken);
        return [.. points.Select(p => new OverdueNotice(p, bills.GetValueOrDefault(p.Id) ?? [])).Where(n => n.Bills.Count > 0)];
    }
}
