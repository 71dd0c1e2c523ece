using LocalGov.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace LocalGov.Host.Tests.Web;

/// <summary>The MariaDB host with <see cref="TestRateLimits"/> and callers told apart by address.</summary>
public sealed class RateLimitedMySqlHost : MySqlHost
{
    protected override void Configure(IDictionary<string, string> settings)
    {
        base.Configure(settings);
        TestRateLimits.Apply(settings);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        TestRateLimits.AddTestAddresses(builder);
    }
}
