namespace LocalGov.Platform.MultiTenancy;

public enum TenantStatus
{
    Active = 1,
    /// <summary>Its pages show a clear "suspended" notice and no data; its jobs do not run.</summary>
    Suspended = 2,
}
