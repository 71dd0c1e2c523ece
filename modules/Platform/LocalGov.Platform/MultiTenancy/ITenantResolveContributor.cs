using Microsoft.AspNetCore.Http;

namespace LocalGov.Platform.MultiTenancy;

/// <summary>
/// A way a request can name its tenant, after the platform's own (host name, <c>/t/{code}</c>, <c>X-Tenant</c>).
/// Modules add theirs, e.g. Open311's <c>jurisdiction_id</c>.
/// </summary>
public interface ITenantResolveContributor
{
    /// <summary>The tenant code or host name the request names, or null.</summary>
    ValueTask<string?> FindTenantCodeAsync(HttpContext context);
}
