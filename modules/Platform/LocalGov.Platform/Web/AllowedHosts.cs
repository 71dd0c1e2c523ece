using LocalGov.Platform.MultiTenancy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace LocalGov.Platform.Web;

/// <summary>
/// The host names this site answers to: the hosts in <c>AllowedHosts</c> (semicolon-separated; <c>*.example.go.th</c>
/// allows its subdomains), the host of <c>Site:PublicUrl</c>, <c>MultiTenancy:BaseDomain</c> and every
/// <c>{code}.{BaseDomain}</c>, and each LAO's custom domain from the tenant store (cached, no query per request).
/// <c>AllowedHosts</c> "*" (or unset) turns the filter off outside Production; in Production it is always on, and
/// "*" then adds nothing to the hosts derived from the settings above.
/// </summary>
internal sealed class AllowedHosts
{
    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    private readonly List<string> _suffixes = [];

    public AllowedHosts(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = (configuration["AllowedHosts"] ?? "*")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(h => h.ToLowerInvariant()).ToList();
        var any = configured.Count == 0 || configured.Contains("*");
        Filtering = environment.IsProduction() || !any;
        foreach (var host in configured.Where(h => h != "*"))
        {
            Add(host);
        }
        if (Uri.TryCreate(configuration["Site:PublicUrl"], UriKind.Absolute, out var site))
        {
            Add(site.Host);
        }
        var baseDomain = configuration["MultiTenancy:BaseDomain"]?.Trim().TrimStart('.').ToLowerInvariant();
        if (!string.IsNullOrEmpty(baseDomain))
        {
            Add(baseDomain);
            Add("*." + baseDomain);
        }
    }

    /// <summary>False when every host is allowed (development with <c>AllowedHosts</c> "*").</summary>
    public bool Filtering { get; }

    public async ValueTask<bool> AllowsAsync(string host, ITenantStore tenants, CancellationToken cancellationToken)
    {
        var name = host.Trim().TrimEnd('.').Trim('[', ']').ToLowerInvariant();
        if (name.Length == 0)
        {
            return false;
        }
        if (_exact.Contains(name) || _suffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal)))
        {
            return true;
        }
        return await tenants.FindByHostNameAsync(name, cancellationToken) is not null;
    }

    private void Add(string host)
    {
        if (host.StartsWith("*.", StringComparison.Ordinal))
        {
            _suffixes.Add(host[1..]); // ".example.go.th": subdomains only
        }
        else
        {
            _exact.Add(host.Trim('[', ']'));
        }
    }
}
