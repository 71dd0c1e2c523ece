using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Features;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Tenants.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tenants.Areas.Tenants.Pages.Admin;

/// <summary>
/// The LAO admin edits which role holds which permission, for the modules the LAO has on. The admin role always
/// keeps the right to administer, so an LAO can never lock itself out. Every change is in the audit log.
/// </summary>
[Authorize(Policy = TenantsPermissions.AdministerPolicy)]
public sealed class RolesModel(LocalGovDbContext db, PlatformDefinitions definitions, IFeatureChecker features, ICurrentTenant currentTenant) : TenantsPage
{
    public IReadOnlyList<string> Roles => RoleTemplates.TenantRoles;
    public IReadOnlyList<PermissionDefinition> Permissions { get; private set; } = [];
    public HashSet<(string Role, string Permission)> Granted { get; private set; } = [];
    public bool Saved { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task OnPostAsync(string[]? grants, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var tenantId = currentTenant.Id!.Value;
        var allowed = Permissions.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var wanted = (grants ?? [])
            .Select(g => g.Split('|'))
            .Where(p => p.Length == 2 && Roles.Contains(p[0]) && allowed.Contains(p[1]))
            .Select(p => (Role: p[0], Permission: p[1]))
            .Append((Role: RoleTemplates.TenantAdmin, Permission: TenantsPermissions.Administer))
            .ToHashSet();

        var rows = await db.Set<PermissionGrant>().Where(g => g.TenantId == tenantId).ToListAsync(cancellationToken);
        db.RemoveRange(rows.Where(r => allowed.Contains(r.PermissionName) && !wanted.Contains((r.RoleName, r.PermissionName))));
        foreach (var (role, permission) in wanted.Where(w => !rows.Any(r => r.RoleName == w.Role && r.PermissionName == w.Permission)))
        {
            db.Add(new PermissionGrant(tenantId, role, permission));
        }
        await db.SaveChangesAsync(cancellationToken);
        Saved = true;
        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var tenantId = currentTenant.Id!.Value;
        var visible = new List<PermissionDefinition>();
        foreach (var p in definitions.Permissions.Values.Where(p => p.Scope == PermissionScope.Tenant))
        {
            if (p.Feature is null || await features.IsEnabledAsync(tenantId, p.Feature, cancellationToken))
            {
                visible.Add(p); // a switched-off module's permissions are hidden
            }
        }
        Permissions = visible;
        Granted = [.. (await db.Set<PermissionGrant>().AsNoTracking().Where(g => g.TenantId == tenantId).ToListAsync(cancellationToken))
            .Select(g => (g.RoleName, g.PermissionName))];
    }
}
