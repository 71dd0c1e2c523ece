using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Platform.Seeding;

/// <summary>
/// Creates a tenant with its chosen modules in one transaction: the tenant row, its feature switches, the role
/// templates' permission grants, and every enabled module's seed data. If any step fails nothing is left behind.
/// </summary>
public sealed class TenantProvisioner(
    LocalGovDbContext db,
    ModuleCatalog catalog,
    TenantPermissionBackfill backfill,
    ICurrentTenant currentTenant,
    ITenantStore store,
    IServiceProvider services)
{
    public async Task<Tenant> ProvisionAsync(Tenant tenant, IReadOnlyCollection<string> enabledModules, CancellationToken cancellationToken = default)
    {
        catalog.ValidateSelection(enabledModules);
        if (await db.Set<Tenant>().AnyAsync(t => t.Code == tenant.Code, cancellationToken))
        {
            throw new BusinessRuleException(new LocalizedText(
                $"รหัสหน่วยงาน '{tenant.Code}' ถูกใช้แล้ว", $"The LAO code '{tenant.Code}' is already taken."), "code", 409);
        }

        foreach (var module in catalog.Modules.Where(m => m.IsOptional))
        {
            tenant.SetFeature(module.Feature!, enabledModules.Contains(module.Name));
        }

        // Joins the caller's transaction when there is one (onboarding also invites the first admin in it).
        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            db.Add(tenant);
            await db.SaveChangesAsync(cancellationToken);

            var info = tenant.ToInfo();
            using (currentTenant.Change(info))
            {
                // the role templates' default grants, as start-up gives a module switched on later (ADR 0012)
                await backfill.RunAsync([tenant.Id], (_, feature) => Task.FromResult(IsOn(info, feature)), cancellationToken);

                foreach (var module in catalog.Modules.Where(m => m.Feature is null || IsOn(info, m.Feature)))
                {
                    await module.SeedTenantAsync(new TenantSeedContext(info, db, services, cancellationToken));
                    await db.SaveChangesAsync(cancellationToken);
                }
            }
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }

        store.Invalidate();
        return tenant;
    }

    private static bool IsOn(TenantInfo tenant, string feature) => tenant.Features.TryGetValue(feature, out var on) && on;
}
