namespace LocalGov.Platform.MultiTenancy;

/// <summary>Names of the platform's EF Core query filters, for the rare host code that must see across tenants.</summary>
public static class TenantFilter
{
    /// <summary>Disable with <c>IgnoreQueryFilters([TenantFilter.Name])</c>, behind a host permission, and restrict the query yourself.</summary>
    public const string Name = "Tenant";

    public const string SoftDelete = "SoftDelete";
}
