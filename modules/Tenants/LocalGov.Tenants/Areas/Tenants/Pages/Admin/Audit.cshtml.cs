using LocalGov.Platform.Auditing;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Tenants.Auditing;
using LocalGov.Tenants.Pages;
using Microsoft.AspNetCore.Authorization;

namespace LocalGov.Tenants.Areas.Tenants.Pages.Admin;

/// <summary>The LAO admin reads the LAO's own audit log: sign-ins, failed sign-ins, permission and setting changes.</summary>
[Authorize(Policy = TenantsPermissions.AdministerPolicy)]
public sealed class AuditModel(AuditTrail trail, ICurrentTenant currentTenant) : TenantsPage
{
    public IReadOnlyList<AuditLog> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await trail.LatestAsync([currentTenant.Id!.Value], includeHost: false, cancellationToken: cancellationToken);
}
