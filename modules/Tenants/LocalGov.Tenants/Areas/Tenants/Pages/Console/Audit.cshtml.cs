using LocalGov.Platform.Auditing;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Tenants.Auditing;
using LocalGov.Tenants.Console;
using LocalGov.Tenants.Pages;
using Microsoft.AspNetCore.Authorization;

namespace LocalGov.Tenants.Areas.Tenants.Pages.Console;

/// <summary>A provincial admin reads their province's LAOs' entries; the national admin also the host's own.</summary>
[Authorize(Policy = TenantsPermissions.ConsolePolicy)]
public sealed class AuditModel(AuditTrail trail, ITenantStore tenants) : TenantsPage
{
    public IReadOnlyList<AuditLog> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = ConsoleScope.Of(User);
        var ids = (await tenants.GetAllAsync(cancellationToken)).Where(t => scope.Covers(t.ProvinceCode)).Select(t => t.Id).ToList();
        Entries = await trail.LatestAsync(ids, includeHost: scope.AllProvinces, cancellationToken: cancellationToken);
    }
}
