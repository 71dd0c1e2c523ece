using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Platform.MultiTenancy;

internal sealed class TenantStore(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration) : ITenantStore
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _snapshot;

    public async ValueTask<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await GetSnapshotAsync(cancellationToken)).ById.GetValueOrDefault(id);

    public async ValueTask<TenantInfo?> FindByCodeAsync(string code, CancellationToken cancellationToken = default) =>
        (await GetSnapshotAsync(cancellationToken)).ByCode.GetValueOrDefault(code.Trim().ToLowerInvariant());

    public async ValueTask<TenantInfo?> FindByHostNameAsync(string hostName, CancellationToken cancellationToken = default) =>
        (await GetSnapshotAsync(cancellationToken)).ByHost.GetValueOrDefault(hostName.Trim().ToLowerInvariant());

    public async ValueTask<IReadOnlyList<TenantInfo>> GetAllAsync(CancellationToken cancellationToken = default) =>
        (await GetSnapshotAsync(cancellationToken)).All;

    /// <summary>Drops the snapshot; a load already under way when this is called is used once but not kept.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _snapshot = null;
    }

    private long _generation;

    private async ValueTask<Snapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && snapshot.ExpiresAt > clock.GetUtcNow())
        {
            return snapshot;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            snapshot = _snapshot;
            if (snapshot is not null && snapshot.ExpiresAt > clock.GetUtcNow())
            {
                return snapshot;
            }

            var generation = Interlocked.Read(ref _generation);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            var tenants = await db.Set<Tenant>().AsNoTracking().OrderBy(t => t.Code).ToListAsync(cancellationToken);
            var seconds = configuration.GetValue("MultiTenancy:CacheSeconds", 30);
            snapshot = new Snapshot([.. tenants.Select(t => t.ToInfo())], clock.GetUtcNow().AddSeconds(seconds));
            if (Interlocked.Read(ref _generation) == generation)
            {
                _snapshot = snapshot;
            }
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    private sealed class Snapshot
    {
        public Snapshot(IReadOnlyList<TenantInfo> all, DateTimeOffset expiresAt)
        {
            All = all;
            ExpiresAt = expiresAt;
            ById = all.ToDictionary(t => t.Id);
            ByCode = all.ToDictionary(t => t.Code, StringComparer.Ordinal);
            ByHost = all.SelectMany(t => t.HostNames.Select(h => (h, t))).ToDictionary(x => x.h, x => x.t, StringComparer.Ordinal);
        }

        public IReadOnlyList<TenantInfo> All { get; }
        public DateTimeOffset ExpiresAt { get; }
        public Dictionary<Guid, TenantInfo> ById { get; }
        public Dictionary<string, TenantInfo> ByCode { get; }
        public Dictionary<string, TenantInfo> ByHost { get; }
    }
}
