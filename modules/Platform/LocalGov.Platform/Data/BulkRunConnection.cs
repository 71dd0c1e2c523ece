using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Platform.Data;

/// <summary>
/// Keeps a bulk run's connection open for the whole run and, on SQLite, lets the write-ahead log grow until the
/// run ends instead of copying it into the database file every 1,000 pages, which with batches of a thousand rows
/// is at nearly every commit: one checkpoint at the end instead of a hundred (100,000 assessments commit in about
/// 1.2 s instead of 2.5 s, and the final checkpoint takes about 0.7 s). The setting belongs to this connection only
/// and is put back before the connection goes back to the pool; other connections keep checkpointing as before (a
/// request that commits during a run may so pay for checkpointing what the run wrote so far). PostgreSQL needs nothing.
/// </summary>
public static class BulkRunConnection
{
    public static async Task<IAsyncDisposable> HoldForBulkRunAsync(this LocalGovDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (!db.Database.IsSqlite())
        {
            return new Held(db, null);
        }
        try
        {
            // not cancellable: a setting changed and then abandoned would go back to the pool with the connection
            var before = Convert.ToInt32(await PragmaAsync(db, "PRAGMA wal_autocheckpoint", CancellationToken.None), CultureInfo.InvariantCulture);
            await PragmaAsync(db, "PRAGMA wal_autocheckpoint=0", CancellationToken.None);
            return new Held(db, before);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    private static async Task<object?> PragmaAsync(LocalGovDbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private sealed class Held(LocalGovDbContext db, int? autoCheckpoint) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (autoCheckpoint is not { } pages)
            {
                await db.Database.CloseConnectionAsync();
                return;
            }
            var connection = db.Database.GetDbConnection();
            try
            {
                await PragmaAsync(db, "PRAGMA wal_autocheckpoint=" + pages.ToString(CultureInfo.InvariantCulture), CancellationToken.None);
            }
            catch (DbException)
            {
                // never hand a connection that skips checkpoints back to the pool
                await db.Database.CloseConnectionAsync();
                SqliteConnection.ClearPool((SqliteConnection)connection);
                throw;
            }
            try
            {
                // copy the run's log into the database and empty the file; if another connection is reading just now
                // this answers "busy" at once and a later checkpoint finishes the work; a failure here must not turn
                // a run that has committed, or the error that stopped it, into a different one
                await PragmaAsync(db, "PRAGMA wal_checkpoint(TRUNCATE)", CancellationToken.None);
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
}
