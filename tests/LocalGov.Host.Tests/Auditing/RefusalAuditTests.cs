using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Web;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Auditing;

/// <summary>
/// Issue 20, item 8: requests refused before their endpoint (a staff account entering another LAO: 403; a rate
/// limit: 429) reach the audit log, and a flood of them writes one row per client and reason a minute, not one per
/// request.
/// </summary>
public abstract class RefusalAuditTests(LocalGovHost host)
{
    private async Task<List<AuditLog>> RefusalsFromAsync(string address)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<AuditLog>().AsNoTracking()
            .Where(a => a.ClientIp == address && !a.Succeeded).ToListAsync();
    }

    [Fact]
    public async Task RateLimitFlood_IsAudited_AsOneRowPerClientAMinute()
    {
        var address = TestAddress.Unique();
        var client = host.AnonymousClient();
        client.DefaultRequestHeaders.Add(TestAddress.Header, address);
        var refused = 0;
        for (var i = 0; i < TestRateLimits.AnonymousPerMinute + 15; i++)
        {
            if ((await client.GetAsync("/privacy")).StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused++;
            }
        }
        Assert.True(refused >= 15, $"only {refused} refused");

        var rows = (await RefusalsFromAsync(address)).Where(a => a.StatusCode == 429).ToList();
        Assert.InRange(rows.Count, 1, 2); // two only if the flood crossed a minute
        Assert.Equal("rate-limit", rows[0].Error);
        Assert.Equal("GET /privacy", rows[0].Action);
    }

    [Fact]
    public async Task StaffOfOneLao_EnteringAnother_IsAudited_OnceAMinute()
    {
        var address = TestAddress.Unique();
        var staff = host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin);
        staff.DefaultRequestHeaders.Add(TestAddress.Header, address);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/t/{host.Beta.Code}/api/notes")).StatusCode);
        }

        var row = Assert.Single(await RefusalsFromAsync(address));
        Assert.Equal(403, row.StatusCode);
        Assert.Equal("tenant-mismatch", row.Error);
        Assert.Equal(host.Beta.Id, row.TenantId);
        Assert.Equal($"staff-{host.Alpha.Code}", row.UserId);
    }
}

public sealed class SqliteRefusalAuditTests(RateLimitedSqliteHost host) : RefusalAuditTests(host), IClassFixture<RateLimitedSqliteHost>;

public sealed class PostgresRefusalAuditTests(RateLimitedPostgresHost host) : RefusalAuditTests(host), IClassFixture<RateLimitedPostgresHost>;

public sealed class MySqlRefusalAuditTests(RateLimitedMySqlHost host) : RefusalAuditTests(host), IClassFixture<RateLimitedMySqlHost>;
