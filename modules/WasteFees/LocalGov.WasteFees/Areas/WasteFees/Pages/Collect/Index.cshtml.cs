using LocalGov.Platform.Authorization;
using LocalGov.WasteFees.Collection;
using Microsoft.AspNetCore.Authorization;

namespace LocalGov.WasteFees.Areas.WasteFees.Pages.Collect;

/// <summary>The collector's start: every route with its zones, points, how many owe and how much is outstanding.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + WasteFeesPermissions.Collect)]
public sealed class IndexModel(RouteBook book) : CollectionPage
{
    public IReadOnlyList<RouteSummary> Routes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Routes = await book.RoutesAsync(cancellationToken);
}
