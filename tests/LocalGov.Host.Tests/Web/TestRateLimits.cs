using System.Globalization;
using LocalGov.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Web;

/// <summary>
/// Small limits, so a test can drive every policy past its own: a calculator and a keyed API client each get more
/// than the anonymous per-address budget, which shows they are counted apart from it.
/// </summary>
internal static class TestRateLimits
{
    public const int AnonymousPerMinute = 10;
    public const int SubmitsPerHour = 3;
    public const int LookupsPerHour = 3;
    public const int CalculationsPerMinute = AnonymousPerMinute + 5;
    public const int ApiClientPerMinute = AnonymousPerMinute + 2;

    /// <summary>The one reverse proxy this host trusts with X-Forwarded-For.</summary>
    public const string Proxy = "192.0.2.10";

    public static void Apply(IDictionary<string, string> settings)
    {
        settings["RateLimiting:AnonymousPermitsPerMinute"] = Text(AnonymousPerMinute);
        settings["RateLimiting:PublicSubmitsPerHour"] = Text(SubmitsPerHour);
        settings["RateLimiting:LookupsPerHour"] = Text(LookupsPerHour);
        settings["RateLimiting:CalculationsPerMinute"] = Text(CalculationsPerMinute);
        settings["RateLimiting:ApiClientRequestsPerMinute"] = Text(ApiClientPerMinute);
        settings["ForwardedHeaders:KnownProxies:0"] = Proxy;
    }

    /// <summary>Callers are told apart by the <see cref="TestAddress.Header"/> header.</summary>
    public static void AddTestAddresses(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestAddress>());

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
