using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Platform.Seeding;

/// <summary>
/// Gives LAOs the default grants of tenant permissions they have never been seeded with (a module upgraded with a
/// new permission, a module switched on later); never re-grants what an LAO admin removed (ADR 0012). Run at every
/// start for all LAOs, and for one LAO when its modules change.
/// </summary>
public sealed class TenantPermissionBackfill(LocalGovDbContext db, PlatformDefinitions definitions)
{
    /// <param name="tenantIds">The LAOs to seed.</param>
    /// <param name="isOn">Whether a feature is on for an LAO (the caller's view, which may not be committed yet).</param>
    public async Task RunAsync(IReadOnlyCollection<Guid> tenantIds, Func<Guid, string, Task<bool>> isOn, CancellationToken cancellationToken)
    {
        var tenantPermissions = definitions.Permissions.Values.Where(p => p.Scope == PermissionScope.Tenant).ToList();
        var seeded = (await db.Set<PermissionSeed>().AsNoTracking().Where(s => tenantIds.Contains(s.TenantId))
                .Select(s => new { s.TenantId, s.PermissionName }).ToListAsync(cancellationToken))
            .Select(s => (s.TenantId, s.PermissionName)).ToHashSet();
        var granted = (await db.Set<PermissionGrant>().AsNoTracking().Where(g => g.TenantId != null && tenantIds.Contains(g.TenantId.Value))
                .Select(g => new { g.TenantId, g.RoleName, g.PermissionName }).ToListAsync(cancellationToken))
            .Select(g => (g.TenantId!.Value, g.RoleName, g.PermissionName)).ToHashSet();
        foreach (var tenantId in tenantIds)
        {
            foreach (var permission in tenantPermissions.Where(p => !seeded.Contains((tenantId, p.Name))))
            {
                if (permission.Feature is { } feature && !await isOn(tenantId, feature))
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
