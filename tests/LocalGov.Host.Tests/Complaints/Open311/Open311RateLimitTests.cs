using System.Net;
using LocalGov.Host.Tests.Infrastructure;

namespace LocalGov.Host.Tests.Complaints.Open311;

/// <summary>The platform's rate limit, written by the platform, still reaches an Open311 client as an Open311 error.</summary>
public sealed class Open311RateLimitTests(Open311RateLimitTests.LimitedHost host) : IClassFixture<Open311RateLimitTests.LimitedHost>
{
    [Fact]
    public async Task OverTheLimit_Is429_InOpen311Shape()
    {
        var lao = await Open311Lao.GetAsync(host, "o311rate");
        var client = host.AnonymousClient();
        for (var i = 0; i < LimitedHost.Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.Open311GetAsync($"{lao.Root}/services.json")).Status);
        }
        var json = await client.Open311GetAsync($"{lao.Root}/services.json");
        Assert.Equal(HttpStatusCode.TooManyRequests, json.Status);
        Assert.Equal(429, Assert.Single(json.Errors()).Code);
        var xml = await client.Open311GetAsync($"{lao.Root}/requests.xml");
        Assert.Equal(HttpStatusCode.TooManyRequests, xml.Status);
        Assert.Equal(429, Assert.Single(xml.XmlErrors()).Code);
    }

    public sealed class LimitedHost : SqliteHost
    {
        public const int Limit = 3;

        protected override void Configure(IDictionary<string, string> settings)
        {
            base.Configure(settings);
            settings["RateLimiting:AnonymousPermitsPerMinute"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
