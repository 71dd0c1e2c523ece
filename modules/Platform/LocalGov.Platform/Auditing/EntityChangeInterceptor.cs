using System.Reflection;
using System.Text.Json;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LocalGov.Platform.Auditing;

/// <summary>
/// Collects each saved entity's changed fields (before → after) into the request's audit scope. Fields marked
/// <see cref="SensitiveDataAttribute"/> are recorded as changed, never with their values.
/// </summary>
internal sealed class EntityChangeInterceptor(AuditScope scope, Microsoft.Extensions.Options.IOptions<AuditingOptions> options) : SaveChangesInterceptor
{
    private const string Masked = "***";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        scope.CommitStaged();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        scope.CommitStaged();
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => scope.DropStaged();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        scope.DropStaged();
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null || scope.EntityChangesPaused)
        {
            scope.DropStaged();
            return;
        }

        var changes = new List<AuditEntityChange>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is INotAudited || entry.Metadata.IsOwned() || options.Value.IgnoredTypes.Contains(entry.Metadata.ClrType)
                || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var type = entry.State switch
            {
                EntityState.Added => AuditChangeType.Created,
                EntityState.Deleted => AuditChangeType.Deleted,
                _ => entry.Entity is ISoftDelete { IsDeleted: true } ? AuditChangeType.Deleted : AuditChangeType.Updated,
            };
            var fields = entry.Properties
                .Where(p => type != AuditChangeType.Updated || p.IsModified)
                .Where(p => !p.Metadata.IsShadowProperty() || p.Metadata.Name == "TenantId")
                .Select(p => Describe(p, type, options.Value.MaskedProperties))
                .ToList();
            var key = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
            changes.Add(new AuditEntityChange(entry.Metadata.ClrType.Name, key, type, JsonSerializer.Serialize(fields)));
        }
        scope.Stage(changes);
    }

    private static FieldChange Describe(PropertyEntry property, AuditChangeType type, HashSet<string> masked)
    {
        var sensitive = masked.Contains(property.Metadata.Name)
            || property.Metadata.PropertyInfo?.GetCustomAttribute<SensitiveDataAttribute>() is not null;
        string? Show(object? value) => sensitive && value is not null ? Masked : value?.ToString();
        return new FieldChange(
            property.Metadata.Name,
            type == AuditChangeType.Created ? null : Show(property.OriginalValue),
            type == AuditChangeType.Deleted ? null : Show(property.CurrentValue));
    }

    private sealed record FieldChange(string Name, string? Before, string? After);
}
