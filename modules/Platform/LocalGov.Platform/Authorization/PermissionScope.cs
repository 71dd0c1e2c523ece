namespace LocalGov.Platform.Authorization;

public enum PermissionScope
{
    /// <summary>Granted to a tenant's roles; used by that tenant's staff inside that tenant.</summary>
    Tenant = 1,
    /// <summary>Granted to host roles (national and provincial admins); used outside any tenant.</summary>
    Host = 2,
}
