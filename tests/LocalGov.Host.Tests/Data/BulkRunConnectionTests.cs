using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Data;

/// <summary>A bulk run defers SQLite's WAL checkpoints on its own connection only, and puts the setting back when it ends.</summary>
[Collection(SqliteCollection.Name)]
public sealed class BulkRunConnectionTests(SqliteHost host)
{
    [Fact]
    public async Task ABulkRun_DefersCheckpointsOnItsConnection_AndPutsTheSettingBack_EvenWhenItFails()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        await db.Database.OpenConnectionAsync(); // the same SQLite connection throughout, not whichever the pool hands out
        try
        {
            Assert.Equal(1000L, await AutoCheckpointAsync(db));
            await using (await db.HoldForBulkRunAsync(CancellationToken.None))
            {
                Assert.Equal(0L, await AutoCheckpointAsync(db));
                await using var other = host.Services.CreateAsyncScope();
                Assert.Equal(1000L, await AutoCheckpointAsync(other.ServiceProvider.GetRequiredService<LocalGovDbContext>())); // others as before
            }
            Assert.Equal(1000L, await AutoCheckpointAsync(db));

            await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            {
                await using (await db.HoldForBulkRunAsync(CancellationToken.None))
                {
                    throw new InvalidOperationException("the run broke");
                }
            });
            Assert.Equal(1000L, await AutoCheckpointAsync(db));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<long> AutoCheckpointAsync(LocalGovDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA wal_autocheckpoint";
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
