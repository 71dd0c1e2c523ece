using System.ComponentModel;
using System.Globalization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Platform.Settings;

internal sealed class SettingStore(
    PlatformDefinitions definitions,
    ICurrentTenant currentTenant,
    IConfiguration configuration,
    IMemoryCache cache,
    IServiceScopeFactory scopes) : ISettingProvider, ISettingManager
{
    public async Task<string?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!definitions.Settings.TryGetValue(name, out var definition))
        {
            throw new InvalidOperationException($"Setting '{name}' is not defined by any loaded module.");
        }

        if (currentTenant.Id is { } tenantId
            && (await LoadAsync(tenantId, cancellationToken)).TryGetValue(name, out var tenantValue))
        {
            return tenantValue;
        }
        if ((await LoadAsync(null, cancellationToken)).TryGetValue(name, out var globalValue))
        {
            return globalValue;
        }
        return configuration[$"Settings:{name}"] ?? definition.DefaultValue;
    }

    public async Task<T> GetAsync<T>(string name, CancellationToken cancellationToken = default)
    {
        var value = await GetAsync(name, cancellationToken);
        if (value is null)
        {
            return default!;
        }
        var converter = TypeDescriptor.GetConverter(typeof(T));
        return (T)converter.ConvertFromString(null, CultureInfo.InvariantCulture, value)!;
    }

    public Task SetForTenantAsync(Guid tenantId, string name, string? value, CancellationToken cancellationToken = default) =>
        SetAsync(tenantId, name, value, cancellationToken);

    public Task SetGlobalAsync(string name, string? value, CancellationToken cancellationToken = default) =>
        SetAsync(null, name, value, cancellationToken);

    public async Task SetForTenantAsync(LocalGovDbContext db, Guid tenantId, IReadOnlyDictionary<string, string?> values,
        CancellationToken cancellationToken = default)
    {
        foreach (var (name, value) in values)
        {
            await StageAsync(db, tenantId, name, value, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(Key(tenantId));
    }

    private async Task SetAsync(Guid? tenantId, string name, string? value, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        await StageAsync(db, tenantId, name, value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(Key(tenantId));
    }

    /// <summary>Adds, changes or removes the row for one setting in <paramref name="db"/>, unsaved.</summary>
    private async Task StageAsync(LocalGovDbContext db, Guid? tenantId, string name, string? value, CancellationToken cancellationToken)
    {
        if (!definitions.Settings.ContainsKey(name))
        {
            throw new InvalidOperationException($"Setting '{name}' is not defined by any loaded module.");
        }
        var row = await db.Set<SettingValue>().SingleOrDefaultAsync(s => s.TenantId == tenantId && s.Name == name, cancellationToken);
        if (value is null)
        {
            if (row is not null)
            {
                db.Remove(row);
            }
        }
        else if (row is null)
        {
            db.Add(new SettingValue(tenantId, name, value));
        }
        else
        {
            row.Value = value;
        }
    }

    private async Task<IReadOnlyDictionary<string, string?>> LoadAsync(Guid? tenantId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key(tenantId), out IReadOnlyDictionary<string, string?>? cached) && cached is not null)
        {
            return cached;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        IReadOnlyDictionary<string, string?> values = await db.Set<SettingValue>().AsNoTracking()
            .Where(s => s.TenantId == tenantId)
            .ToDictionaryAsync(s => s.Name, s => s.Value, StringComparer.Ordinal, cancellationToken);
        cache.Set(Key(tenantId), values, TimeSpan.FromMinutes(5));
        return values;
    }

    private static string Key(Guid? tenantId) => $"settings:{tenantId?.ToString() ?? "global"}";
}
