namespace LocalGov.Platform.MultiTenancy;

/// <summary>
/// A row owned by one tenant. Queries see only the current tenant's rows (EF Core named query filter
/// <see cref="TenantFilter.Name"/>); inserts are stamped with the current tenant; writing another tenant's row throws.
/// </summary>
public interface IMultiTenant
{
    Guid TenantId { get; }
}
