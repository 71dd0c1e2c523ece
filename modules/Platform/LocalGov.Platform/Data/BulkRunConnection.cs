using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Platform.Data;

/// <summary>
/// Keeps a bulk run's connection open for the whole run and, on SQLite, lets the write-ahead log grow until the
/// run ends instead of copying it into the database file every 1,000 pages, which with batches of a thousand rows
/// is at nearly every commit: one checkpoint at the end instead of a hundred (100,000 assessments commit in about
/// 1.2 s instead of 2.5 s, and the final checkpoint takes about 0.7 s). The run's commits are also not flushed to
/// disk one by one (<c>synchronous=NORMAL</c>, about 0.5 s of the hundred commits): a run's batches are made to be
/// redone — each commits whole or not at all, and running again does exactly those not committed — so a power cut
/// may cost the last batches, to be redone, but never leaves one half-written; the final checkpoint flushes them all.
/// The settings belong to this connection only and are put back before the connection goes back to the pool; other
/// connections keep checkpointing and flushing as before (a request that commits during a run may so pay for
/// checkpointing what the run wrote so far). PostgreSQL needs nothing.
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
            var before = new Settings(
                Convert.ToInt32(await PragmaAsync(db, "PRAGMA wal_autocheckpoint", CancellationToken.None), CultureInfo.InvariantCulture),
                Convert.ToInt32(await PragmaAsync(db, "PRAGMA synchronous", CancellationToken.None), CultureInfo.InvariantCulture));
            var held = new Held(db, before);
            try
            {
                await PragmaAsync(db, "PRAGMA wal_autocheckpoint=0", CancellationToken.None);
                await PragmaAsync(db, "PRAGMA synchronous=NORMAL", CancellationToken.None);
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

    private static async Task<object?> PragmaAsync(LocalGovDbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>The connection's own settings before the run: pages between checkpoints, and how commits are flushed.</summary>
    private sealed record Settings(int AutoCheckpoint, int Synchronous);

    private sealed class Held(LocalGovDbContext db, Settings? before) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (before is null)
            {
                await db.Database.CloseConnectionAsync();
                return;
            }
            var connection = db.Database.GetDbConnection();
            try
            {
                await PragmaAsync(db, "PRAGMA synchronous=" + before.Synchronous.ToString(CultureInfo.InvariantCulture), CancellationToken.None);
                await PragmaAsync(db, "PRAGMA wal_autocheckpoint=" + before.AutoCheckpoint.ToString(CultureInfo.InvariantCulture), CancellationToken.None);
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
