using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LocalGov.Platform.MultiTenancy;

/// <summary>
/// Stamps the current tenant on every new <see cref="IMultiTenant"/> row and refuses any save that would write a
/// row of another tenant, or a tenant row while no tenant is in scope (host code must use ICurrentTenant.Change).
/// </summary>
internal sealed class TenantSaveInterceptor(ICurrentTenant currentTenant) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Guard(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Guard(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Guard(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<IMultiTenant>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var property = entry.Property(nameof(IMultiTenant.TenantId));
            var rowTenant = (Guid)property.CurrentValue!;
            var current = currentTenant.Id
                ?? throw new CrossTenantWriteException(
                    $"Cannot save {entry.Metadata.ClrType.Name}: it belongs to a tenant and no tenant is in scope.");

            if (entry.State == EntityState.Added && rowTenant == Guid.Empty)
            {
                property.CurrentValue = current;
                continue;
            }

            var original = entry.State == EntityState.Added ? rowTenant : (Guid)property.OriginalValue!;
            if (rowTenant != current || original != current)
            {
                throw new CrossTenantWriteException(
                    $"Cannot save {entry.Metadata.ClrType.Name}: it belongs to another tenant than the current one.");
            }
        }
    }
}
