using System.Net;
using LocalGov.Platform.MultiTenancy;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Platform.Web;

/// <summary>
/// The site's own addresses. Links inside a page are paths (<see cref="LinkTo"/>), so they keep the host and port the
/// reader came by. Links that leave the page (mail, Open311, QR codes) are absolute: from <c>Site:PublicUrl</c> when
/// set; otherwise from the address the request came by, but only when that address is trusted — a loopback host, a
/// host of the requested LAO, or any host when <c>AllowedHosts</c> names the hosts (host filtering refuses the rest).
/// A Host header a caller made up must never put somebody else's server into a reset link. Outside a request (a job
/// sending mail) and unconfigured, it is the address the host listens on.
/// </summary>
public sealed class PublicUrls(IConfiguration configuration, IHttpContextAccessor http, ICurrentTenant currentTenant, IServiceProvider services)
{
    /// <summary><c>Site:PublicUrl</c>, e.g. https://localgov.go.th; else the trusted address of this request; else where the host listens.</summary>
    public string Site => Configured ?? TrustedOrigin(null) ?? RunDefault;

    /// <summary>
    /// The first address the server listens on, or is told to (<c>urls</c>, from --urls or ASPNETCORE_URLS, for work
    /// done before it listens, such as seeding), a wildcard host read as localhost; else http://localhost:5080.
    /// </summary>
    private string RunDefault
    {
        get
        {
            IEnumerable<string> addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            if (!addresses.Any())
            {
                addresses = (configuration["urls"] ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            }
            var first = addresses.OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? 1 : 0).FirstOrDefault();
            if (first is null || !Uri.TryCreate(first.Replace("://+", "://localhost", StringComparison.Ordinal)
                    .Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            {
                return "http://localhost:5080";
            }
            var host = uri.Host is "0.0.0.0" or "[::]" ? "localhost" : uri.Host;
            return $"{uri.Scheme}://{host}:{uri.Port}";
        }
    }

    /// <summary>An LAO's absolute address: <c>https://{code}.{base domain}</c> when a base domain is set, otherwise <c>{site}/t/{code}</c>.</summary>
    public string ForTenant(TenantInfo? tenant)
    {
        if (tenant is null)
        {
            return Site;
        }
        var site = Configured ?? TrustedOrigin(tenant) ?? RunDefault;
        if (BaseDomain is { } baseDomain)
        {
            var scheme = site.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "http" : "https";
            return $"{scheme}://{tenant.Code}.{baseDomain}";
        }
        return Configured is null && tenant.HostNames.Contains(http.HttpContext?.Request.Host.Host ?? "", StringComparer.OrdinalIgnoreCase) ? site : $"{site}/t/{tenant.Code}";
    }

    public string ForTenantCode(string code) => ForTenant(Placeholder(code));

    /// <summary>
    /// An LAO's address for a link inside a page: a path on the host the reader is on (<c>/t/{code}</c>, or nothing
    /// on the LAO's own domain), absolute only when the LAO lives on another host (base domain, or the page is served
    /// from another LAO's own domain, where a <c>/t/</c> path would name two LAOs).
    /// </summary>
    public string LinkTo(TenantInfo tenant)
    {
        var context = http.HttpContext;
        if (context is null)
        {
            return ForTenant(tenant);
        }
        if (IsServedFromHostOf(tenant))
        {
            return AppBase(context);
        }
        if (BaseDomain is not null)
        {
            return ForTenant(tenant);
        }
        return currentTenant.Tenant is { } current && IsServedFromHostOf(current)
            ? ForTenant(tenant)
            : $"{AppBase(context)}/t/{tenant.Code}";
    }

    public string LinkToCode(string code) => LinkTo(Placeholder(code));

    private string? Configured => configuration["Site:PublicUrl"] is { Length: > 0 } url ? url.TrimEnd('/') : null;

    private string? BaseDomain => configuration["MultiTenancy:BaseDomain"]?.Trim().TrimStart('.') is { Length: > 0 } d ? d : null;

    /// <summary>The request's scheme, host and port (and any base the app is mounted under), when the host can be trusted.</summary>
    private string? TrustedOrigin(TenantInfo? tenant)
    {
        if (http.HttpContext is not { } context || !context.Request.Host.HasValue)
        {
            return null;
        }
        var host = context.Request.Host.Host;
        var trusted = host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address))
            || (tenant ?? currentTenant.Tenant) is { } lao && lao.HostNames.Contains(host, StringComparer.OrdinalIgnoreCase)
            || HostsAreFiltered;
        return trusted ? $"{context.Request.Scheme}://{context.Request.Host}{AppBase(context)}" : null;
    }

    /// <summary>Host filtering is on (<see cref="AllowedHosts"/>): a request that got this far came by one of our hosts.</summary>
    private bool HostsAreFiltered => services.GetService<AllowedHosts>()?.Filtering ?? false;

    /// <summary>Whether this request came by the LAO's own domain, or its <c>{code}.{base domain}</c>.</summary>
    private bool IsServedFromHostOf(TenantInfo tenant) =>
        http.HttpContext is { } context && (tenant.HostNames.Contains(context.Request.Host.Host, StringComparer.OrdinalIgnoreCase)
            || (BaseDomain is { } baseDomain && context.Request.Host.Host.Equals($"{tenant.Code}.{baseDomain}", StringComparison.OrdinalIgnoreCase)));

    /// <summary>PathBase without the <c>/t/{code}</c> the tenant resolution moved into it: the site's root.</summary>
    private string AppBase(HttpContext context)
    {
        var pathBase = context.Request.PathBase.Value ?? "";
        var prefix = currentTenant.Tenant is { } current ? "/t/" + current.Code : null;
        return prefix is not null && pathBase.EndsWith(prefix, StringComparison.OrdinalIgnoreCase) ? pathBase[..^prefix.Length] : pathBase;
    }

    private static TenantInfo Placeholder(string code) => new(Guid.Empty, code, new Localization.LocalizedText(code, code),
        TenantKind.SubdistrictAdministrativeOrganization, "", true, [], new Dictionary<string, bool>());
}
