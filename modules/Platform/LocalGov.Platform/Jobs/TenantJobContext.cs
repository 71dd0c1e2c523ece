using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Platform.Jobs;

/// <summary>What a per-tenant job run receives: its tenant (already current), a scoped service provider and the clock.</summary>
public sealed record TenantJobContext(TenantInfo Tenant, IServiceProvider Services, DateTimeOffset FireTime, CancellationToken CancellationToken);
