using LocalGov.Platform.MultiTenancy;
using Microsoft.Extensions.Configuration;

namespace LocalGov.Platform.Web;

/// <summary>
/// The site's own addresses, from configuration, for links that leave the request (mail). Never built from the
/// request's Host header, which a caller controls: a reset link must not point at somebody else's server.
/// </summary>
public sealed class PublicUrls(IConfiguration configuration)
{
    /// <summary><c>Site:PublicUrl</c>, e.g. https://localgov.go.th (default http://localhost:5080 for <c>dotnet run</c>).</summary>
    public string Site => (configuration["Site:PublicUrl"] is { Length: > 0 } url ? url : "http://localhost:5080").TrimEnd('/');

    /// <summary>An LAO's address: <c>https://{code}.{base domain}</c> when a base domain is set, otherwise <c>{site}/t/{code}</c>.</summary>
    public string ForTenant(TenantInfo? tenant)
    {
        if (tenant is null)
        {
            return Site;
        }
        var baseDomain = configuration["MultiTenancy:BaseDomain"]?.Trim().TrimStart('.');
        if (!string.IsNullOrEmpty(baseDomain))
        {
            var scheme = Site.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "http" : "https";
            return $"{scheme}://{tenant.Code}.{baseDomain}";
        }
        return $"{Site}/t/{tenant.Code}";
    }

    public string ForTenantCode(string code) => ForTenant(new TenantInfo(Guid.Empty, code, new Localization.LocalizedText(code, code),
        TenantKind.SubdistrictAdministrativeOrganization, "", true, [], new Dictionary<string, bool>()));
}
