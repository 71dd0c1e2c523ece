namespace LocalGov.Platform.MultiTenancy;

/// <summary>
/// Tenants held in memory: resolving a tenant never queries the database per request. Saving a
/// <see cref="Tenant"/> invalidates the cache on this node; other nodes refresh after
/// <c>MultiTenancy:CacheSeconds</c> (default 30).
/// </summary>
public interface ITenantStore
{
    ValueTask<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default);
    ValueTask<TenantInfo?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);
    ValueTask<TenantInfo?> FindByHostNameAsync(string hostName, CancellationToken cancellationToken = default);
    ValueTask<IReadOnlyList<TenantInfo>> GetAllAsync(CancellationToken cancellationToken = default);
    void Invalidate();
}
