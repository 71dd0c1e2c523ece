using LocalGov.Platform.Authorization;
using LocalGov.WasteFees.Collection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.WasteFees.Areas.WasteFees.Pages.Collect;

/// <summary>
/// One route in walking order: each point's address, place, payer and what it owes. The filter works without
/// script (a GET) and, with waste-collect.js, as the collector types.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + WasteFeesPermissions.Collect)]
public sealed class RouteModel(RouteBook book) : CollectionPage
{
    public string Route { get; private set; } = "";
    public string? Query { get; private set; }
    public IReadOnlyList<RoutePoint> Points { get; private set; } = [];
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(string route, string? q, CancellationToken cancellationToken)
    {
        var points = await book.RouteAsync(route, cancellationToken);
        if (points is null)
        {
            return NotFound();
        }
        Route = route;
        Total = points.Count;
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        Points = Query is null ? points : [.. points.Where(p => Matches(p, Query))];
        return Page();
    }

    /// <summary>The text the filter searches, lower-cased: the same in the page (data-search) and on the server.</summary>
    public string SearchText(RoutePoint p) =>
        string.Join(' ', p.Point.AccountNo, p.Point.HouseNo, p.Point.Address(true), p.Point.PlaceName, p.Point.PayerName).ToLowerInvariant();

    private bool Matches(RoutePoint p, string query) => SearchText(p).Contains(query.ToLowerInvariant(), StringComparison.Ordinal);
}
