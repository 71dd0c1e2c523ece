using LocalGov.Platform.Data;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Timing;
using LocalGov.Thai;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.ServicePoints;

/// <summary>What the service-point list asks for: a search text and filters, and the page.</summary>
public sealed record PointFilter(string? Text, string? Zone, string? Route, Guid? FeeClassId, string? State, bool ExemptOnly, int Page);

/// <summary>A page of points and the LAO's counts.</summary>
public sealed record PointPage(IReadOnlyList<ServicePoint> Points, int Matching, int All, int Served, int Stopped, int ExemptNow);

/// <summary>
/// Finds service points by account number, house code, house number, payer or place name, or the payer's full
/// national ID (matched by its hash: nothing is decrypted), filtered by zone, route, fee class, served/stopped and
/// exemption. "Stopped" means the stop date has passed; "exempt" means exempt today.
/// </summary>
public sealed class ServicePointSearch(LocalGovDbContext db, IPersonalDataVault vault, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<PointPage> FindAsync(PointFilter filter, CancellationToken cancellationToken)
    {
        var today = BangkokTime.Today(clock);
        var all = db.Set<ServicePoint>().AsNoTracking();
        var query = all;
        if (filter.Text?.Trim() is { Length: > 0 } text)
        {
            var upper = text.ToUpperInvariant();
            var lower = text.ToLowerInvariant();
            var digits = new string([.. text.Where(char.IsAsciiDigit)]);
            var idHash = ThaiNationalId.IsValid(text) ? vault.Hash(ThaiNationalId.Normalize(text)) : null;
            var houseCode = digits.Length == ThaiHouseCode.Length && text.All(c => char.IsAsciiDigit(c) || c is '-' or ' ') ? digits : null;
            query = query.Where(p => p.AccountNo == upper || p.HouseNo == text || p.HouseCode == houseCode || p.PayerIdHash == idHash
                || p.PayerName.ToLower().Contains(lower) || (p.PlaceName != null && p.PlaceName.ToLower().Contains(lower)));
        }
        if (filter.Zone?.Trim() is { Length: > 0 } zone)
        {
            query = query.Where(p => p.Zone == zone);
        }
        if (filter.Route?.Trim() is { Length: > 0 } route)
        {
            query = query.Where(p => p.Route == route);
        }
        if (filter.FeeClassId is { } classId)
        {
            query = query.Where(p => p.FeeClassId == classId);
        }
        query = filter.State switch
        {
            "served" => query.Where(p => p.StopDate == null || p.StopDate >= today),
            "stopped" => query.Where(p => p.StopDate != null && p.StopDate < today),
            _ => query,
        };
        if (filter.ExemptOnly)
        {
            query = ExemptOn(query, today);
        }
        var matching = await query.CountAsync(cancellationToken);
        var points = await query.OrderBy(p => p.Zone).ThenBy(p => p.Route).ThenBy(p => p.RouteOrder).ThenBy(p => p.AccountNo)
            .Skip((Math.Max(1, filter.Page) - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var count = await all.CountAsync(cancellationToken);
        var stopped = await all.CountAsync(p => p.StopDate != null && p.StopDate < today, cancellationToken);
        var exempt = await ExemptOn(all, today).CountAsync(cancellationToken);
        return new PointPage(points, matching, count, count - stopped, stopped, exempt);
    }

    /// <summary>The zones and routes in use, for the filters.</summary>
    public async Task<(IReadOnlyList<string> Zones, IReadOnlyList<string> Routes)> ZonesAndRoutesAsync(CancellationToken cancellationToken)
    {
        var pairs = await db.Set<ServicePoint>().AsNoTracking().Select(p => new { p.Zone, p.Route }).Distinct().ToListAsync(cancellationToken);
        return ([.. pairs.Select(p => p.Zone).Distinct().Order(StringComparer.Ordinal)], [.. pairs.Select(p => p.Route).Distinct().Order(StringComparer.Ordinal)]);
    }

    private static IQueryable<ServicePoint> ExemptOn(IQueryable<ServicePoint> query, DateOnly day) =>
        query.Where(p => p.ExemptFrom != null && p.ExemptFrom <= day && (p.ExemptUntil == null || p.ExemptUntil >= day));
}
