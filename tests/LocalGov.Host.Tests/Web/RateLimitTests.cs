using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Authorization;

namespace LocalGov.Host.Tests.Web;

/// <summary>Anonymous callers are limited per address; signed-in staff and health probes are not.</summary>
public sealed class RateLimitTests : IClassFixture<RateLimitTests.LimitedHost>
{
    private readonly LimitedHost _host;

    public RateLimitTests(LimitedHost host) => _host = host;

    [Fact]
    public async Task AnonymousCaller_OverTheLimit_Gets429WithRetryAfter()
    {
        var client = _host.AnonymousClient();
        for (var i = 0; i < LimitedHost.Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/t/alpha/")).StatusCode);
        }
        var refused = await client.GetAsync("/t/alpha/");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null || refused.Headers.Contains("Retry-After"));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var staff = _host.StaffClient(_host.Alpha, RoleTemplates.TenantAdmin);
        for (var i = 0; i < LimitedHost.Limit + 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/notes")).StatusCode);
        }
    }

    public sealed class LimitedHost : SqliteHost
    {
        public const int Limit = 5;

        protected override void Configure(IDictionary<string, string> settings)
        {
            base.Configure(settings);
            settings["RateLimiting:AnonymousPermitsPerMinute"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
