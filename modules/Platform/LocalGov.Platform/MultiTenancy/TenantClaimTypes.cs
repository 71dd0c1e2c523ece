namespace LocalGov.Platform.MultiTenancy;

public static class TenantClaimTypes
{
    /// <summary>The tenant a staff user belongs to. Residents and host admins have none.</summary>
    public const string TenantId = "localgov:tenant_id";
}
