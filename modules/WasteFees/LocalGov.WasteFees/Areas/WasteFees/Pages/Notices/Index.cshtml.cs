using LocalGov.Platform.Authorization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.WasteFees.Collection;
using LocalGov.WasteFees.Reminders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.WasteFees.Areas.WasteFees.Pages.Notices;

/// <summary>
/// The printable overdue notices of a route: one block per point with bills past due, a page each when printed,
/// for the collector to leave at the door. For report readers and collectors.
/// </summary>
[Authorize]
public sealed class IndexModel(NoticeList notices, PayingPlaces places, IPermissionChecker permissions, ICurrentTenant currentTenant, TimeProvider clock)
    : CollectionPage
{
    public IReadOnlyList<string> Routes { get; private set; } = [];
    public string? Route { get; private set; }
    public IReadOnlyList<OverdueNotice> Notices { get; private set; } = [];
    public WhereToPay? Where { get; private set; }
    public string Lao => currentTenant.Tenant is { } t ? T(t.Name.Th, t.Name.En) : "";
    public DateOnly Today => Platform.Timing.BangkokTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(string? route, CancellationToken cancellationToken)
    {
        if (!await permissions.IsGrantedAsync(User, WasteFeesPermissions.Reports, cancellationToken)
            && !await permissions.IsGrantedAsync(User, WasteFeesPermissions.Collect, cancellationToken))
        {
            return Forbid();
        }
        Routes = await notices.RoutesAsync(cancellationToken);
        Route = string.IsNullOrWhiteSpace(route) ? null : route.Trim();
        if (Route is not null)
        {
            if (!Routes.Contains(Route, StringComparer.Ordinal))
            {
                return NotFound();
            }
            Notices = await notices.ForRouteAsync(Route, cancellationToken);
            Where = await places.ForCurrentLaoAsync(cancellationToken);
        }
        return Page();
    }
}
