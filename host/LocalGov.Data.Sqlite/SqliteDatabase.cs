using System.Data.Common;
using System.Globalization;
using LocalGov.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace LocalGov.Data.Sqlite;

/// <summary>
/// SQLite, the embedded default: a file under App_Data, no server needed, migrated at start-up by default. Quartz
/// gets a file of its own so the two never contend for SQLite's single writer.
/// </summary>
public sealed class SqliteDatabase : DatabaseEngine
{
    /// <summary>SQLite samples at most this many index entries per index when gathering statistics.</summary>
    public const int SampleRows = 1000;

    public const string MigrationsAssembly = "LocalGov.Data.Sqlite";

    public override string Name => "Sqlite";

    public override bool MigratesByDefault => true;

    public override void Prepare(DatabaseOptions options, IHostEnvironment environment)
    {
        var dataDirectory = Path.Combine(environment.ContentRootPath, "App_Data");
        options.ConnectionString ??= $"Data Source={Path.Combine(dataDirectory, "localgov.db")}";
        options.JobsConnectionString ??= $"Data Source={Path.Combine(dataDirectory, "localgov-jobs.db")}";
        options.ConnectionString = PrepareFile(options.ConnectionString);
        options.JobsConnectionString = PrepareFile(options.JobsConnectionString);
    }

    public override void UseDatabase(DbContextOptionsBuilder builder, DatabaseOptions options) =>
        builder.UseSqlite(options.ConnectionString, o => o.MigrationsAssembly(MigrationsAssembly).CommandTimeout(60));

    public override void UseJobStore(IPersistentStoreBuilder store, DatabaseOptions options) =>
        store.UseSqlite(options.JobsConnectionString!);

    public override string AnalyzeStatement(IReadOnlyList<string> tables) =>
        $"PRAGMA analysis_limit={SampleRows}; " + base.AnalyzeStatement(tables);

    /// <summary>
    /// In a transaction (the write lock is held: no busy retries needed), values are bound by position on SQLite's
    /// own handle (<see cref="SqliteRowWriter"/>). Otherwise one prepared single-row statement is executed per row:
    /// SQLite binds parameters by name with a linear search, so many rows per statement cost more than they save.
    /// </summary>
    public override async Task WriteRowsAsync(BulkRows rows, CancellationToken cancellationToken)
    {
        var placeholders = "(" + string.Join(", ", rows.Columns.Select(_ => "?")) + ")";
        if (rows.Transaction is not null && rows.Connection is SqliteConnection sqlite && SqliteRowWriter.Plan(rows.Mappings) is { } writer)
        {
            writer.Write(sqlite, rows.InsertHead + placeholders, rows.Count, rows.Value, cancellationToken);
            return;
        }
        await using var command = rows.Connection.CreateCommand();
        command.Transaction = rows.Transaction;
        command.CommandText = rows.InsertHead + "(" + string.Join(", ", rows.Columns.Select((_, c) => Parameter(c))) + ")";
        // the parameters are made (typed by the EF mapping) once, then only their values change
        var parameters = new DbParameter[rows.Columns.Count];
        for (var c = 0; c < parameters.Length; c++)
        {
            parameters[c] = rows.Mappings[c].CreateParameter(command, Parameter(c), null, rows.Nullable[c]);
            command.Parameters.Add(parameters[c]);
        }
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < parameters.Length; c++)
            {
                parameters[c].Value = rows.Value(r, c) ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string Parameter(int index) => "@b" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Lets the write-ahead log grow until the run ends instead of copying it into the database file every 1,000
    /// pages, which with batches of a thousand rows is at nearly every commit: one checkpoint at the end instead of a
    /// hundred (100,000 assessments commit in about 1.2 s instead of 2.5 s, and the final checkpoint takes about
    /// 0.7 s). The run's commits are also not flushed to disk one by one (<c>synchronous=NORMAL</c>, about 0.5 s of
    /// the hundred commits): a power cut may cost the last batches, to be redone, but never leaves one half-written;
    /// the final checkpoint flushes them all. The settings belong to this connection only and are put back before the
    /// connection goes back to the pool; other connections keep checkpointing and flushing as before.
    /// </summary>
    public override async Task<IAsyncDisposable> HoldForBulkRunAsync(LocalGovDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // not cancellable: a setting changed and then abandoned would go back to the pool with the connection
            var before = new Settings(
                Convert.ToInt32(await PragmaAsync(db, "PRAGMA wal_autocheckpoint"), CultureInfo.InvariantCulture),
                Convert.ToInt32(await PragmaAsync(db, "PRAGMA synchronous"), CultureInfo.InvariantCulture));
            var held = new Held(db, before);
            try
            {
                await PragmaAsync(db, "PRAGMA wal_autocheckpoint=0");
                await PragmaAsync(db, "PRAGMA synchronous=NORMAL");
            }
            catch
            {
                await held.DisposeAsync(); // puts back what was changed, or takes the connection out of the pool
                throw;
            }
            return held;
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    private static async Task<object?> PragmaAsync(LocalGovDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(CancellationToken.None);
    }

    /// <summary>The connection's own settings before the run: pages between checkpoints, and how commits are flushed.</summary>
    private sealed record Settings(int AutoCheckpoint, int Synchronous);

    private sealed class Held(LocalGovDbContext db, Settings before) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            var connection = db.Database.GetDbConnection();
            try
            {
                await PragmaAsync(db, "PRAGMA synchronous=" + before.Synchronous.ToString(CultureInfo.InvariantCulture));
                await PragmaAsync(db, "PRAGMA wal_autocheckpoint=" + before.AutoCheckpoint.ToString(CultureInfo.InvariantCulture));
            }
            catch (DbException)
            {
                // never hand a connection that skips checkpoints or flushes back to the pool
                await db.Database.CloseConnectionAsync();
                SqliteConnection.ClearPool((SqliteConnection)connection);
                throw;
            }
            try
            {
                // copy the run's log into the database and empty the file; if another connection is reading just now
                // this answers "busy" at once and a later checkpoint finishes the work; a failure here must not turn
                // a run that has committed, or the error that stopped it, into a different one
                await PragmaAsync(db, "PRAGMA wal_checkpoint(TRUNCATE)");
            }
            catch (DbException)
            {
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>Creates the folder, and turns on WAL (many readers beside the one writer) once per file.</summary>
    private static string PrepareFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
            builder.DefaultTimeout = builder.DefaultTimeout < 30 ? 30 : builder.DefaultTimeout;
            using var connection = new SqliteConnection(builder.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            command.ExecuteNonQuery();
        }
        return builder.ToString();
    }
}
