using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Platform.Seeding;

/// <summary>
/// Runs at every start, after the schema is current: grants each host permission to its default host roles
/// (when missing) and each LAO the tenant permissions it has never been seeded with, then each module's <see cref="LocalGovModule.SeedHostAsync"/>.
/// </summary>
internal sealed class HostSeeder(LocalGovDbContext db, ModuleCatalog catalog, PlatformDefinitions definitions, IServiceProvider services,
    Features.IFeatureChecker features, TenantPermissionBackfill backfill)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var tenantIds = await db.Set<MultiTenancy.Tenant>().AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken);
        await backfill.RunAsync(tenantIds, (tenant, feature) => features.IsEnabledAsync(tenant, feature, cancellationToken).AsTask(), cancellationToken);

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
}
