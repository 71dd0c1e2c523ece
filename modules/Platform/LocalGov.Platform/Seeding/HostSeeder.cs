using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Platform.Seeding;

/// <summary>
/// Runs at every start, after the schema is current: grants each host permission to its default host roles
/// (when missing), then each module's <see cref="LocalGovModule.SeedHostAsync"/>.
/// </summary>
internal sealed class HostSeeder(LocalGovDbContext db, ModuleCatalog catalog, PlatformDefinitions definitions, IServiceProvider services,
    Features.IFeatureChecker features)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await BackfillTenantPermissionsAsync(cancellationToken);

        var existing = (await db.Set<PermissionGrant>().Where(g => g.TenantId == null)
                .Select(g => new { g.RoleName, g.PermissionName }).ToListAsync(cancellationToken))
            .Select(g => (g.RoleName, g.PermissionName)).ToHashSet();
        foreach (var permission in definitions.Permissions.Values.Where(p => p.Scope == PermissionScope.Host))
        {
            foreach (var role in permission.DefaultRoles.Where(r => !existing.Contains((r, permission.Name))))
            {
                db.Add(new PermissionGrant(null, role, permission.Name));
            }
        }
        await db.SaveChangesAsync(cancellationToken);

        foreach (var module in catalog.Modules)
        {
            await module.SeedHostAsync(new HostSeedContext(db, services, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Gives existing tenants the default grants of tenant permissions they have never been seeded with (a module
    /// upgraded with a new permission, a module switched on later); never re-grants what an LAO admin removed.
    /// </summary>
    private async Task BackfillTenantPermissionsAsync(CancellationToken cancellationToken)
    {
        var tenantPermissions = definitions.Permissions.Values.Where(p => p.Scope == PermissionScope.Tenant).ToList();
        var seeded = (await db.Set<PermissionSeed>().AsNoTracking().Select(s => new { s.TenantId, s.PermissionName }).ToListAsync(cancellationToken))
            .Select(s => (s.TenantId, s.PermissionName)).ToHashSet();
        var granted = (await db.Set<PermissionGrant>().AsNoTracking().Where(g => g.TenantId != null)
                .Select(g => new { g.TenantId, g.RoleName, g.PermissionName }).ToListAsync(cancellationToken))
            .Select(g => (g.TenantId!.Value, g.RoleName, g.PermissionName)).ToHashSet();
        var tenantIds = await db.Set<MultiTenancy.Tenant>().AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken);
        foreach (var tenantId in tenantIds)
        {
            foreach (var permission in tenantPermissions.Where(p => !seeded.Contains((tenantId, p.Name))))
            {
                if (permission.Feature is { } feature && !await features.IsEnabledAsync(tenantId, feature, cancellationToken))
                {
                    continue; // seeded when the module is on
                }
                foreach (var role in permission.DefaultRoles.Where(r => !granted.Contains((tenantId, r, permission.Name))))
                {
                    db.Add(new PermissionGrant(tenantId, role, permission.Name));
                }
                db.Add(new PermissionSeed(tenantId, permission.Name));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
