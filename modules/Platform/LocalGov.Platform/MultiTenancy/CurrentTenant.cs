namespace LocalGov.Platform.MultiTenancy;

internal sealed class CurrentTenant(ITenantStore store) : ICurrentTenant
{
    private static readonly AsyncLocal<TenantHolder?> Current = new();

    public Guid? Id => Current.Value?.Tenant?.Id;

    public TenantInfo? Tenant => Current.Value?.Tenant;

    public IDisposable Change(TenantInfo? tenant)
    {
        var previous = Current.Value;
        Current.Value = new TenantHolder(tenant);
        return new Restore(previous);
    }

    public async Task<IDisposable> ChangeAsync(Guid? tenantId, CancellationToken cancellationToken = default)
    {
        if (tenantId is null)
        {
            return Change(null);
        }
        var tenant = await store.FindByIdAsync(tenantId.Value, cancellationToken)
            ?? throw new InvalidOperationException($"Tenant {tenantId} does not exist.");
        return Change(tenant);
    }

    private sealed record TenantHolder(TenantInfo? Tenant);

    private sealed class Restore(TenantHolder? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
