using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Platform.Web;

/// <summary>
/// Behind a reverse proxy the client's address (rate limits, audit) and scheme come from <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c>, but only from the proxies named in <c>ForwardedHeaders:KnownProxies</c> (addresses) and
/// <c>ForwardedHeaders:KnownNetworks</c> (CIDR), one hop by default (<c>ForwardedHeaders:ForwardLimit</c>). With
/// none named the headers are ignored, so no caller can pick its own address and with it a fresh rate-limit budget.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public static bool IsConfigured(IConfiguration configuration) =>
        configuration.GetSection("ForwardedHeaders:KnownProxies").GetChildren().Any()
        || configuration.GetSection("ForwardedHeaders:KnownNetworks").GetChildren().Any();

    public static void AddLocalGovForwardedHeaders(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = configuration.GetValue("ForwardedHeaders:ForwardLimit", 1);
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear(); // not the loopback defaults: only what the operator names
            foreach (var proxy in Values(configuration, "KnownProxies"))
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
            }
            foreach (var network in Values(configuration, "KnownNetworks"))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed) ? parsed
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR form (10.0.0.0/8)."));
            }
        });

    private static IEnumerable<string> Values(IConfiguration configuration, string key) =>
        configuration.GetSection("ForwardedHeaders:" + key).GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0);
}
