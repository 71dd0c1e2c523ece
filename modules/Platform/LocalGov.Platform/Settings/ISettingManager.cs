namespace LocalGov.Platform.Settings;

/// <summary>Changes settings. A null value removes the override so the next level applies.</summary>
public interface ISettingManager
{
    Task SetForTenantAsync(Guid tenantId, string name, string? value, CancellationToken cancellationToken = default);
    /// <summary>
    /// Sets several of one LAO's settings in the caller's unit of work, saved by one SaveChanges together with what
    /// <paramref name="db"/> already holds (a page's other fields): all of it or, when one value is refused, none.
    /// </summary>
    Task SetForTenantAsync(Data.LocalGovDbContext db, Guid tenantId, IReadOnlyDictionary<string, string?> values,
        CancellationToken cancellationToken = default);

    Task SetGlobalAsync(string name, string? value, CancellationToken cancellationToken = default);
}
