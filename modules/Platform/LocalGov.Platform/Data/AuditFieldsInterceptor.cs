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

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = http.HttpContext?.User;
        var who = user?.FindFirstValue(ClaimTypes.NameIdentifier) ?? user?.Identity?.Name ?? "system";

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

            if (entry.Entity is IHasConcurrencyStamp stamped && entry.State == EntityState.Modified)
            {
                stamped.ConcurrencyStamp = Guid.NewGuid().ToString("N");
            }
        }
    }
}
