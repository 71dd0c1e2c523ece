using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Authorization;

/// <summary>
/// The permission cache never keeps what a reader saw before a transaction committed: a grant saved inside a
/// transaction, read from another connection before the commit (which sees the grants as they were), is seen by the
/// next check after the commit, not five minutes later.
/// </summary>
public abstract class GrantCacheTests(LocalGovHost host)
{
    [Fact]
    public async Task AGrantSavedInATransaction_IsSeenAfterTheCommit_EvenIfTheCacheWasLoadedInBetween()
    {
        var tenant = await host.ProvisionAsync("g" + Guid.NewGuid().ToString("N")[..10], "ทดสอบ", "Grant cache test", []);
        var cache = host.Services.GetRequiredService<PermissionGrantCache>();
        const string role = "grant-cache-test-role", permission = "Notes.Create";

        await host.InTenantAsync(tenant, async services =>
        {
            var db = services.GetRequiredService<LocalGovDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Add(new PermissionGrant(tenant.Id, role, permission));
            await db.SaveChangesAsync();

            // another request checks permissions now: its own connection cannot see the uncommitted grant
            var before = await cache.GetAsync(tenant.Id);
            Assert.False(before.TryGetValue(role, out var seen) && seen.Contains(permission));

            await transaction.CommitAsync();
        });

        var after = await cache.GetAsync(tenant.Id);
        Assert.True(after.TryGetValue(role, out var granted) && granted.Contains(permission),
            "The cache kept the grants as they were before the commit.");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteGrantCacheTests(SqliteHost host) : GrantCacheTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresGrantCacheTests(PostgresHost host) : GrantCacheTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlGrantCacheTests(MySqlHost host) : GrantCacheTests(host);
