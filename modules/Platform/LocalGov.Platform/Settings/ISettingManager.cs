namespace LocalGov.Platform.Settings;

/// <summary>Changes settings. A null value removes the override so the next level applies.</summary>
public interface ISettingManager
{
    Task SetForTenantAsync(Guid tenantId, string name, string? value, CancellationToken cancellationToken = default);
    Task SetGlobalAsync(string name, string? value, CancellationToken cancellationToken = default);
}
