using LocalGov.Platform.Data;

namespace LocalGov.Platform.Authorization;

/// <summary>
/// Records that a tenant's role templates once received a permission's default grants. A permission a new module
/// version adds is granted to existing tenants at the next start; one an LAO admin later took away stays away.
/// </summary>
public sealed class PermissionSeed : INotAudited
{
    private PermissionSeed() { } // EF Core

    public PermissionSeed(Guid tenantId, string permissionName)
    {
        TenantId = tenantId;
        PermissionName = permissionName;
    }

    public Guid TenantId { get; private set; }
    public string PermissionName { get; private set; } = "";
}
