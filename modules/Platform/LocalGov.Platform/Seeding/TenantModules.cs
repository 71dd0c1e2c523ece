using LocalGov.Platform.Data;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Platform.Seeding;

/// <summary>
/// Switches an LAO's optional modules after onboarding, in one transaction: refuses a choice that leaves an enabled
/// module without one it requires (<see cref="ModuleCatalog.CheckSelection"/>); a module switched on gets its
/// permissions' default grants (never re-granting what the LAO's admin removed) and its seed data (modules seed
/// idempotently); a module switched off keeps its records, hidden until it is on again.
/// </summary>
public sealed class TenantModules(
    LocalGovDbContext db,
    ModuleCatalog catalog,
    ICurrentTenant currentTenant,
    ITenantStore store,
    TenantPermissionBackfill backfill,
    Features.IFeatureChecker features,
    IServiceProvider services)
{
    /// <returns>The names of the modules switched on and off by this change.</returns>
    public async Task<(IReadOnlyList<string> SwitchedOn, IReadOnlyList<string> SwitchedOff)> ChangeAsync(
        Guid tenantId, IReadOnlyCollection<string> enabledModules, CancellationToken cancellationToken = default)
    {
        var optional = catalog.Modules.Where(m => m.IsOptional).ToList();
        catalog.ValidateSelection(enabledModules);
        var tenant = await db.Set<Tenant>().SingleAsync(t => t.Id == tenantId, cancellationToken);
        var wasOn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var module in optional)
        {
            if (await features.IsEnabledAsync(tenantId, module.Feature!, cancellationToken))
            {
                wasOn.Add(module.Name);
            }
        }
        var on = optional.Where(m => enabledModules.Contains(m.Name) && !wasOn.Contains(m.Name)).Select(m => m.Name).ToList();
        var off = optional.Where(m => !enabledModules.Contains(m.Name) && wasOn.Contains(m.Name)).Select(m => m.Name).ToList();
        if (on.Count == 0 && off.Count == 0)
        {
            return ([], []);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var module in optional)
        {
            tenant.SetFeature(module.Feature!, enabledModules.Contains(module.Name));
        }
        await db.SaveChangesAsync(cancellationToken);

        var after = tenant.ToInfo();
        await backfill.RunAsync([tenantId], (_, feature) => Task.FromResult(IsOn(after, feature)), cancellationToken);
        using (currentTenant.Change(after))
        {
            foreach (var module in optional.Where(m => on.Contains(m.Name)))
            {
                await module.SeedTenantAsync(new TenantSeedContext(after, db, services, cancellationToken));
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        store.Invalidate();
        return (on, off);
    }

    private static bool IsOn(TenantInfo tenant, string feature) => tenant.Features.TryGetValue(feature, out var on) && on;
}
