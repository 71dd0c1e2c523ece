using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.WasteFees.FeeClasses;
using LocalGov.WasteFees.Pages;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.Areas.WasteFees.Pages.Points;

/// <summary>The LAO's service points: search, filters, 50 a page, and the counts. Payer IDs only masked.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + WasteFeesPermissions.Manage)]
public sealed class IndexModel(LocalGovDbContext db, ServicePointSearch search, TimeProvider clock) : WasteFeesPage
{
    public DateOnly Today { get; } = Platform.Timing.BangkokTime.Today(clock);

    public PointPage Result { get; private set; } = new([], 0, 0, 0, 0, 0);
    public PointFilter Filter { get; private set; } = new(null, null, null, null, null, false, 1);
    public IReadOnlyList<FeeClass> FeeClasses { get; private set; } = [];
    public IReadOnlyList<string> Zones { get; private set; } = [];
    public IReadOnlyList<string> Routes { get; private set; } = [];
    public string? ClassCode { get; private set; }
    public int? Imported { get; private set; }

    public async Task OnGetAsync(string? q, string? zone, string? route, string? feeClass, string? state, bool exempt, int? p, int? imported,
        CancellationToken cancellationToken)
    {
        FeeClasses = await db.Set<FeeClass>().AsNoTracking().OrderBy(c => c.Order).ThenBy(c => c.Code).ToListAsync(cancellationToken);
        (Zones, Routes) = await search.ZonesAndRoutesAsync(cancellationToken);
        var chosen = FeeClasses.FirstOrDefault(c => string.Equals(c.Code, feeClass, StringComparison.OrdinalIgnoreCase));
        ClassCode = chosen?.Code;
        Imported = imported is >= 0 ? imported : null;
        Filter = new PointFilter(Limit(q, 100), Limit(zone, 50), Limit(route, 50), chosen?.Id, state is "served" or "stopped" ? state : null, exempt,
            Math.Clamp(p ?? 1, 1, 100_000));
        Result = await search.FindAsync(Filter, cancellationToken);
    }

    public int Pages => Math.Max(1, (Result.Matching + ServicePointSearch.PageSize - 1) / ServicePointSearch.PageSize);

    public string ClassName(Guid id) => FeeClasses.FirstOrDefault(c => c.Id == id)?.Code ?? "?";

    public string Link(int page) =>
        $"?q={Uri.EscapeDataString(Filter.Text ?? "")}&zone={Uri.EscapeDataString(Filter.Zone ?? "")}&route={Uri.EscapeDataString(Filter.Route ?? "")}" +
        $"&feeClass={Uri.EscapeDataString(ClassCode ?? "")}&state={Filter.State}&exempt={(Filter.ExemptOnly ? "true" : "false")}&p={page}";

    private static string? Limit(string? value, int max) => string.IsNullOrWhiteSpace(value) ? null : value.Trim() is var t && t.Length > max ? t[..max] : value.Trim();
}
