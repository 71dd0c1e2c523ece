using LocalGov.Permits.Pages;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Areas.Permits.Pages.Staff;

/// <summary>A counter application starts with the type the person at the counter asks for (active types only).</summary>
[Authorize(Policy = PermissionPolicies.Prefix + PermitsPermissions.Intake)]
public sealed class NewModel(LocalGovDbContext db) : PermitsPage
{
    public IReadOnlyList<PermitType> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Types = await db.Set<PermitType>().AsNoTracking().Where(t => t.Active).OrderBy(t => t.Code).ToListAsync(cancellationToken);
}
