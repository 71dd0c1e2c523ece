namespace LocalGov.Platform.Settings;

/// <summary>Reads settings for the current tenant, falling back tenant → global → configuration → default.</summary>
public interface ISettingProvider
{
    Task<string?> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>The value converted with the invariant culture (int, decimal, bool, TimeSpan, string, enums).</summary>
    Task<T> GetAsync<T>(string name, CancellationToken cancellationToken = default);
}
