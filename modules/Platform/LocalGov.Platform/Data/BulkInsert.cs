using System.Collections;
using System.Data.Common;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalGov.Platform.Data;

/// <summary>
/// Inserts many new rows of one entity type (and their owned collections) without tracking them, for
/// bulk work such as a billing run: tens of times faster than tracking each entity, because nothing is tracked.
/// Columns, names and value conversions come from the EF model, so both providers store exactly what EF would.
/// What the save interceptors do for tracked entities is done here: the row is stamped with the current tenant
/// (none in scope throws) and, for audited entities, with the creation time and author. Field-by-field change
/// auditing does not apply: bulk work records one audit action instead. Runs in the caller's transaction.
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
        var head = $"INSERT INTO {sql.DelimitIdentifier(table, entityType.GetSchema())} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column!)))}) VALUES ";
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var connection = db.Database.GetDbConnection();

        if (transaction is not null && connection is Microsoft.Data.Sqlite.SqliteConnection sqlite && SqliteRowWriter.Plan(mappings) is { } writer)
        {
            // in a transaction (the write lock is held: no busy retries needed), values bound by position on SQLite's handle
            writer.Write(sqlite, head + "(" + string.Join(", ", columns.Select(_ => "?")) + ")", rows.Count, (r, c) =>
                values[c](rows[r].Row, rows[r].Owner) is { } value ? mappings[c].Converter?.ConvertToProvider(value) ?? value : null,
                cancellationToken);
        }
        else if (db.Database.IsSqlite())
        {
            // SQLite binds parameters by name with a linear search, so many rows per statement cost more than they
            // save; one prepared single-row statement, executed per row, is the fast way in-process.
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = head + "(" + string.Join(", ", columns.Select((_, c) => Name(c))) + ")";
            // the parameters are made (typed by the EF mapping) for the first row, then only their values change
            var parameters = new DbParameter[columns.Count];
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < columns.Count; c++)
                {
                    var value = values[c](rows[r].Row, rows[r].Owner);
                    if (r == 0)
                    {
                        parameters[c] = mappings[c].CreateParameter(command, Name(c), value, columns[c].Property.IsNullable);
                        command.Parameters.Add(parameters[c]);
                    }
                    else
                    {
                        parameters[c].Value = value is null ? DBNull.Value : mappings[c].Converter?.ConvertToProvider(value) ?? value;
                    }
                }
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        else if (connection is Npgsql.NpgsqlConnection npgsql)
        {
            // PostgreSQL's binary COPY: one stream for all the rows, in the caller's transaction
            var copy = $"COPY {sql.DelimitIdentifier(table, entityType.GetSchema())} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column!)))}) FROM STDIN (FORMAT BINARY)";
            if (PostgresRowWriter.Plan(mappings) is { } encoder)
            {
                await encoder.WriteAsync(npgsql, copy, rows.Count, (r, c) =>
                    values[c](rows[r].Row, rows[r].Owner) is { } value ? mappings[c].Converter?.ConvertToProvider(value) ?? value : null,
                    cancellationToken);
            }
            else
            {
                await using var importer = await npgsql.BeginBinaryImportAsync(copy, cancellationToken);
                foreach (var row in rows)
                {
                    await importer.StartRowAsync(cancellationToken);
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var value = values[c](row.Row, row.Owner);
                        if (value is null)
                        {
                            await importer.WriteNullAsync(cancellationToken);
                        }
                        else
                        {
                            await importer.WriteAsync(mappings[c].Converter?.ConvertToProvider(value) ?? value, cancellationToken);
                        }
                    }
                }
                await importer.CompleteAsync(cancellationToken);
            }
        }
        else
        {
            throw new NotSupportedException($"Bulk insert supports SQLite and PostgreSQL, not {db.Database.ProviderName}.");
        }

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

    /// <summary>Whether rows of <paramref name="entityType"/> (a SQLite model's) are bound by position in a transaction (see <see cref="SqliteRowWriter"/>).</summary>
    internal static bool BindsByPosition(IEntityType entityType) =>
        SqliteRowWriter.Plan([.. Columns(entityType).Select(c => c.Property.GetRelationalTypeMapping())]) is not null;

    /// <summary>Whether rows of <paramref name="entityType"/> (a PostgreSQL model's) are copied encoded by <see cref="PostgresRowWriter"/>.</summary>
    internal static bool CopiesEncoded(IEntityType entityType) =>
        PostgresRowWriter.Plan([.. Columns(entityType).Select(c => c.Property.GetRelationalTypeMapping())]) is not null;

    private static string Name(int index) => "@b" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
