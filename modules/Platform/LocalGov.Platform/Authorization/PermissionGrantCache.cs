using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Platform.Authorization;

/// <summary>
/// Grants per tenant (role → permissions), cached; invalidated when grants are saved. A load that an invalidation
/// overtook (read before the change, stored after it) is returned to its caller but not cached.
/// </summary>
public sealed class PermissionGrantCache(IMemoryCache cache, IServiceScopeFactory scopes)
{
    private long _generation;

    public async ValueTask<IReadOnlyDictionary<string, HashSet<string>>> GetAsync(Guid? tenantId, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(Key(tenantId), out IReadOnlyDictionary<string, HashSet<string>>? cached) && cached is not null)
        {
            return cached;
        }

        var generation = Interlocked.Read(ref _generation);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var rows = await db.Set<PermissionGrant>().AsNoTracking()
            .Where(g => g.TenantId == tenantId)
            .Select(g => new { g.RoleName, g.PermissionName })
            .ToListAsync(cancellationToken);
        IReadOnlyDictionary<string, HashSet<string>> result = rows
            .GroupBy(r => r.RoleName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.PermissionName).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        if (Interlocked.Read(ref _generation) == generation)
        {
            cache.Set(Key(tenantId), result, TimeSpan.FromMinutes(5));
        }
        return result;
    }

    public void Invalidate(Guid? tenantId)
    {
        Interlocked.Increment(ref _generation);
        cache.Remove(Key(tenantId));
    }

    private static string Key(Guid? tenantId) => $"grants:{tenantId?.ToString() ?? "host"}";
}
