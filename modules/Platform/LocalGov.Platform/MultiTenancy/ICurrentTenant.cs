namespace LocalGov.Platform.MultiTenancy;

/// <summary>The tenant the current request or job works for (ABP's ICurrentTenant).</summary>
public interface ICurrentTenant
{
    Guid? Id { get; }

    TenantInfo? Tenant { get; }

    bool IsAvailable => Id.HasValue;

    /// <summary>Works for another tenant (or the host, with null) until the result is disposed. Jobs use it.</summary>
    IDisposable Change(TenantInfo? tenant);
}
