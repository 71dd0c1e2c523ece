namespace LocalGov.Platform.MultiTenancy;

internal sealed class CurrentTenant : ICurrentTenant
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

    private sealed record TenantHolder(TenantInfo? Tenant);

    private sealed class Restore(TenantHolder? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
