using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.WasteFees.FeeClasses;
using LocalGov.WasteFees.Pages;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.Areas.WasteFees.Pages.FeeClasses;

/// <summary>The LAO's fee classes with their rates, the legal ceiling beside them, and how many points use each.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + WasteFeesPermissions.Manage)]
public sealed class IndexModel(LocalGovDbContext db) : WasteFeesPage
{
    public IReadOnlyList<FeeClass> Classes { get; private set; } = [];
    public IReadOnlyDictionary<Guid, int> PointCounts { get; private set; } = new Dictionary<Guid, int>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Classes = await db.Set<FeeClass>().AsNoTracking().OrderBy(c => c.Order).ThenBy(c => c.Code).ToListAsync(cancellationToken);
        PointCounts = await db.Set<ServicePoint>().AsNoTracking().GroupBy(p => p.FeeClassId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }
}
