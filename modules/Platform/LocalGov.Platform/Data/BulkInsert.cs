using System.Collections;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalGov.Platform.Data;

/// <summary>
/// Inserts many new rows of one entity type (and their owned collections) without tracking them, for
/// bulk work such as a billing run: tens of times faster than tracking each entity, because nothing is tracked.
/// Columns, names and value conversions come from the EF model, so every provider stores exactly what EF would;
/// the provider's engine (<see cref="DatabaseEngine.WriteRowsAsync"/>) writes them its fastest way.
/// What the save interceptors do for tracked entities is done here: the row is stamped with the current tenant
/// (none in scope throws) and, for audited entities, with the creation time and author. Field-by-field change
/// auditing does not apply: bulk work records one audit action instead. Text longer than its column is refused as a
/// tracked save refuses it (<see cref="LengthLimitInterceptor"/>). Runs in the caller's transaction.
/// </summary>
public static class BulkInsert
{
    public static async Task InsertManyAsync<T>(this LocalGovDbContext db, IReadOnlyCollection<T> rows, string author, DateTime now,
        CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        var entityType = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of the model.");
        var tenantId = typeof(IMultiTenant).IsAssignableFrom(typeof(T))
            ? db.CurrentTenantIdForFilter is var id && id != Guid.Empty ? id
                : throw new CrossTenantWriteException($"Bulk insert of {typeof(T).Name} with no tenant in scope.")
            : (Guid?)null;
        var stamps = new Stamps(tenantId, author, now);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await InsertAsync(db, entityType, [.. rows.Cast<object>().Select(r => (r, (object?)null))], stamps, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record Stamps(Guid? TenantId, string Author, DateTime Now);

    private static async Task InsertAsync(LocalGovDbContext db, IEntityType entityType, List<(object Row, object? Owner)> rows, Stamps stamps,
        CancellationToken cancellationToken)
    {
        var table = entityType.GetTableName()!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var ownership = entityType.IsOwned() ? entityType.FindOwnership() : null;
        var columns = Columns(entityType);
        var values = columns.Select(c => Reader(c.Property, ownership, stamps)).ToList();
        var mappings = columns.Select(c => c.Property.GetRelationalTypeMapping()).ToList();
        var nullable = columns.Select(c => c.Property.IsNullable).ToList();
        var limited = Enumerable.Range(0, columns.Count).Where(c => columns[c].Property.GetMaxLength() is not null).ToList();
        foreach (var (row, owner) in rows) // as for a tracked save: a text over its column is refused before any row is written
        {
            foreach (var c in limited)
            {
                LengthLimitInterceptor.CheckValue(columns[c].Property, values[c](row, owner));
            }
        }
        await db.Engine.WriteRowsAsync(new BulkRows
        {
            Connection = db.Database.GetDbConnection(),
            Transaction = db.Database.CurrentTransaction?.GetDbTransaction(),
            Table = sql.DelimitIdentifier(table, entityType.GetSchema()),
            Columns = [.. columns.Select(c => sql.DelimitIdentifier(c.Column!))],
            Mappings = mappings,
            Nullable = nullable,
            Count = rows.Count,
            Value = (r, c) => values[c](rows[r].Row, rows[r].Owner) is { } value ? mappings[c].Converter?.ConvertToProvider(value) ?? value : null,
        }, cancellationToken);

        foreach (var navigation in entityType.GetNavigations().Where(n => n.IsCollection && n.TargetEntityType.IsOwned()))
        {
            var owned = rows.SelectMany(r => ((IEnumerable?)navigation.GetGetter().GetClrValue(r.Row) ?? Array.Empty<object>())
                .Cast<object>().Select(child => (child, (object?)r.Row))).ToList();
            if (owned.Count > 0)
            {
                await InsertAsync(db, navigation.TargetEntityType, owned, stamps, cancellationToken);
            }
        }
    }

    private static List<(IProperty Property, string? Column)> Columns(IEntityType entityType)
    {
        var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        return [.. entityType.GetProperties().Select(p => (Property: p, Column: p.GetColumnName(store))).Where(c => c.Column is not null)];
    }

    /// <summary>The type mappings of the columns a bulk insert of <paramref name="entityType"/> writes, in order (for the engines' tests).</summary>
    public static IReadOnlyList<RelationalTypeMapping> ColumnMappings(IEntityType entityType) =>
        [.. Columns(entityType).Select(c => c.Property.GetRelationalTypeMapping())];

    /// <summary>How to read one column's value from a row (and, for an owned row, its owner).</summary>
    private static Func<object, object?, object?> Reader(IProperty property, IForeignKey? ownership, Stamps stamps)
    {
        if (ownership is not null && ownership.Properties.Contains(property))
        {
            var principal = ownership.PrincipalKey.Properties[ownership.Properties.ToList().IndexOf(property)].GetGetter();
            return (_, owner) => principal.GetClrValue(owner!);
        }
        if (property.IsShadowProperty())
        {
            throw new NotSupportedException($"Bulk insert cannot fill the shadow property {property.DeclaringType.DisplayName()}.{property.Name}.");
        }
        var declaring = property.DeclaringType.ClrType;
        return property.Name switch
        {
            nameof(IMultiTenant.TenantId) when typeof(IMultiTenant).IsAssignableFrom(declaring) => (_, _) => stamps.TenantId,
            nameof(IAuditedEntity.CreatedAt) when typeof(IAuditedEntity).IsAssignableFrom(declaring) => (_, _) => stamps.Now,
            nameof(IAuditedEntity.CreatedBy) when typeof(IAuditedEntity).IsAssignableFrom(declaring) => (_, _) => stamps.Author,
            _ => Getter(property.GetGetter()),
        };

        static Func<object, object?, object?> Getter(IClrPropertyGetter getter) => (row, _) => getter.GetClrValue(row);
    }
}
