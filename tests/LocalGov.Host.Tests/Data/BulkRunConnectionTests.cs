using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Data;

/// <summary>A bulk run defers SQLite's WAL checkpoints and per-commit flushes on its own connection only, and puts the settings back when it ends.</summary>
[Collection(SqliteCollection.Name)]
public sealed class BulkRunConnectionTests(SqliteHost host)
{
    [Fact]
    public async Task ABulkRun_DefersCheckpointsAndFlushesOnItsConnection_AndPutsTheSettingsBack_EvenWhenItFails()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        await db.Database.OpenConnectionAsync(); // the same SQLite connection throughout, not whichever the pool hands out
        try
        {
            Assert.Equal(Usual, await SettingsAsync(db));
            await using (await db.HoldForBulkRunAsync(CancellationToken.None))
            {
                Assert.Equal((0L, 1L), await SettingsAsync(db)); // no automatic checkpoint, synchronous=NORMAL
                await using var other = host.Services.CreateAsyncScope();
                Assert.Equal(Usual, await SettingsAsync(other.ServiceProvider.GetRequiredService<LocalGovDbContext>())); // others as before
            }
            Assert.Equal(Usual, await SettingsAsync(db));

            await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            {
                await using (await db.HoldForBulkRunAsync(CancellationToken.None))
                {
                    throw new InvalidOperationException("the run broke");
                }
            });
            Assert.Equal(Usual, await SettingsAsync(db));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>SQLite's own defaults: a checkpoint every 1,000 pages, every commit flushed (synchronous=FULL).</summary>
    private static readonly (long AutoCheckpoint, long Synchronous) Usual = (1000L, 2L);

    private static async Task<(long AutoCheckpoint, long Synchronous)> SettingsAsync(LocalGovDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            return (await PragmaAsync(db, "PRAGMA wal_autocheckpoint"), await PragmaAsync(db, "PRAGMA synchronous"));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<long> PragmaAsync(LocalGovDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
