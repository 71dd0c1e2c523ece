using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LocalGov.Platform.Data;

/// <summary>Stamps created/modified by and at, renews concurrency stamps and turns deletes of soft-delete rows into marks.</summary>
internal sealed class AuditFieldsInterceptor(TimeProvider clock, IHttpContextAccessor http) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// A change to an owned row (a bill's line) is a change to its aggregate: the owner is marked modified so its
    /// concurrency stamp is checked and renewed. Otherwise two payments of one part-paid bill could both save.
    /// </summary>
    private static void TouchOwnersOfChangedOwnedEntities(DbContext context)
    {
        var changedOwned = context.ChangeTracker.Entries()
            .Where(e => e.Metadata.IsOwned() && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (changedOwned.Count == 0)
        {
            return;
        }
        // owners by type and key, looked up once: a billing batch saves a thousand bills with two lines each
        var owners = context.ChangeTracker.Entries()
            .Where(e => !e.Metadata.IsOwned() && e.Metadata.FindPrimaryKey() is not null)
            .GroupBy(e => (e.Metadata, Key: KeyOf(e, e.Metadata.FindPrimaryKey()!.Properties)))
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var owned in changedOwned)
        {
            var ownership = owned.Metadata.FindOwnership()!;
            var key = string.Join("|", ownership.Properties.Select(p => owned.Property(p.Name).CurrentValue ?? owned.Property(p.Name).OriginalValue));
            if (owners.TryGetValue((ownership.PrincipalEntityType, key), out var owner)
                && owner is { State: EntityState.Unchanged, Entity: IHasConcurrencyStamp })
            {
                owner.State = EntityState.Modified;
            }
        }
    }

    private static string KeyOf(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, IReadOnlyList<Microsoft.EntityFrameworkCore.Metadata.IProperty> properties) =>
        string.Join("|", properties.Select(p => entry.Property(p.Name).CurrentValue));

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = http.HttpContext?.User;
        var who = user?.FindFirstValue(ClaimTypes.NameIdentifier) ?? user?.Identity?.Name ?? "system";

        TouchOwnersOfChangedOwnedEntities(context);

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Deleted && entry.Entity is ISoftDelete soft)
            {
                entry.State = EntityState.Modified;
                soft.IsDeleted = true;
                soft.DeletedAt = now;
                soft.DeletedBy = who;
            }

            if (entry.Entity is IAuditedEntity audited)
            {
                if (entry.State == EntityState.Added)
                {
                    audited.CreatedAt = now;
                    audited.CreatedBy = who;
                }
                else if (entry.State == EntityState.Modified)
                {
                    audited.ModifiedAt = now;
                    audited.ModifiedBy = who;
                }
            }

            if (entry.Entity is IHasConcurrencyStamp && entry.State == EntityState.Modified)
            {
                entry.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).CurrentValue = Guid.NewGuid().ToString("N");
            }
        }
    }
}
