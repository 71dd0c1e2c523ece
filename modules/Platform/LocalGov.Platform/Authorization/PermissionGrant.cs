using LocalGov.Platform.Data;

namespace LocalGov.Platform.Authorization;

/// <summary>A permission granted to a role: of one tenant, or of the host when <see cref="TenantId"/> is null.</summary>
public sealed class PermissionGrant
{
    private PermissionGrant() { } // EF Core

    public PermissionGrant(Guid? tenantId, string roleName, string permissionName)
    {
        TenantId = tenantId;
        RoleName = roleName;
        PermissionName = permissionName;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid? TenantId { get; private set; }
    public string RoleName { get; private set; } = "";
    public string PermissionName { get; private set; } = "";
}
