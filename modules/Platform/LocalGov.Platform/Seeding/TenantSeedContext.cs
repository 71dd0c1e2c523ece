using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Platform.Seeding;

/// <summary>What a module's seed step receives: the new tenant (already current) and the provisioning unit of work.</summary>
public sealed record TenantSeedContext(TenantInfo Tenant, LocalGovDbContext Db, IServiceProvider Services, CancellationToken CancellationToken);
