using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Quartz;

namespace LocalGov.Data.PostgreSql;

/// <summary>
/// PostgreSQL, the server database: schema migrated by the operator (or with <c>Database:Initialize=Migrate</c>),
/// bulk rows through binary COPY, Quartz clustered in the same database so two nodes never run one job twice.
/// </summary>
public sealed class PostgreSqlDatabase : DatabaseEngine
{
    public const string MigrationsAssembly = "LocalGov.Data.PostgreSql";

    public override string Name => "PostgreSql";

    protected override string ExampleConnectionString => "Host=localhost;Database=localgov;Username=localgov;Password=…";

    public override void UseDatabase(DbContextOptionsBuilder builder, DatabaseOptions options) =>
        builder.UseNpgsql(options.ConnectionString, o => o.MigrationsAssembly(MigrationsAssembly));

    public override void UseJobStore(IPersistentStoreBuilder store, DatabaseOptions options)
    {
        store.UsePostgres(options.JobsConnectionString!);
        Clustered(store);
    }

    /// <summary>One binary COPY stream for all the rows, in the caller's transaction.</summary>
    public override async Task WriteRowsAsync(BulkRows rows, CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)rows.Connection;
        var copy = $"COPY {rows.Table} ({string.Join(", ", rows.Columns)}) FROM STDIN (FORMAT BINARY)";
        if (PostgresRowWriter.Plan(rows.Mappings) is { } encoder)
        {
            await encoder.WriteAsync(npgsql, copy, rows.Count, rows.Value, cancellationToken);
            return;
        }
        await using var importer = await npgsql.BeginBinaryImportAsync(copy, cancellationToken);
        for (var r = 0; r < rows.Count; r++)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var c = 0; c < rows.Columns.Count; c++)
            {
                if (rows.Value(r, c) is { } value)
                {
                    await importer.WriteAsync(value, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }
        }
        await importer.CompleteAsync(cancellationToken);
    }
}
