using LocalGov.Platform.Authorization;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LocalGov.Platform.Data;

/// <summary>
/// Drops cached tenants and permission grants on this node as soon as their rows are saved, and again when the
/// transaction they were saved in commits: a reader that loaded the cache in between saw the rows as they were
/// before the commit (another connection cannot see them yet) and must not keep that for the cache's lifetime.
/// </summary>
internal sealed class CacheInvalidationInterceptor(ITenantStore tenants, PermissionGrantCache grants) : SaveChangesInterceptor
{
    private bool _tenantsChanged;
    private readonly HashSet<Guid?> _grantTenants = [];
    private bool _tenantsChangedInTransaction;
    private readonly HashSet<Guid?> _grantTenantsInTransaction = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Flush(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>Called by <see cref="CacheInvalidationOnCommit"/> when the context's transaction has committed.</summary>
    internal void Committed()
    {
        if (_tenantsChangedInTransaction)
        {
            tenants.Invalidate();
            _tenantsChangedInTransaction = false;
        }
        foreach (var tenantId in _grantTenantsInTransaction)
        {
            grants.Invalidate(tenantId);
        }
        _grantTenantsInTransaction.Clear();
    }

    /// <summary>Called when the transaction rolled back: what it saved is gone, and the caches already dropped it.</summary>
    internal void RolledBack()
    {
        _tenantsChangedInTransaction = false;
        _grantTenantsInTransaction.Clear();
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }
            switch (entry.Entity)
            {
                case Tenant or TenantFeatureValue or TenantHostName:
                    _tenantsChanged = true;
                    break;
                case PermissionGrant grant:
                    _grantTenants.Add(grant.TenantId);
                    break;
            }
        }
    }

    private void Flush(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is not null)
        {
            _tenantsChangedInTransaction |= _tenantsChanged;
            _grantTenantsInTransaction.UnionWith(_grantTenants);
        }
        if (_tenantsChanged)
        {
            tenants.Invalidate();
            _tenantsChanged = false;
        }
        foreach (var tenantId in _grantTenants)
        {
            grants.Invalidate(tenantId);
        }
        _grantTenants.Clear();
    }
}

/// <summary>Tells the context's <see cref="CacheInvalidationInterceptor"/> when its transaction ends.</summary>
internal sealed class CacheInvalidationOnCommit(CacheInvalidationInterceptor invalidation) : DbTransactionInterceptor
{
    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        invalidation.Committed();

    public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        invalidation.Committed();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        invalidation.RolledBack();

    public override Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        invalidation.RolledBack();
        return Task.CompletedTask;
    }
}
