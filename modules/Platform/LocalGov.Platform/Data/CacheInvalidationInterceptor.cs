using LocalGov.Platform.Authorization;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LocalGov.Platform.Data;

/// <summary>Drops cached tenants and permission grants on this node as soon as their rows are saved.</summary>
internal sealed class CacheInvalidationInterceptor(ITenantStore tenants, PermissionGrantCache grants) : SaveChangesInterceptor
{
    private bool _tenantsChanged;
    private readonly HashSet<Guid?> _grantTenants = [];

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
        Flush();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Flush();
        return ValueTask.FromResult(result);
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

    private void Flush()
    {
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
