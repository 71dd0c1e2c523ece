using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalGov.Platform.Web;

/// <summary>Puts <see cref="RateLimitPolicies.ApiClient"/> on endpoints that API clients call with a key.</summary>
public static class ApiClientRateLimitExtensions
{
    /// <summary>Counts requests per client that <paramref name="identify"/> recognises by its key, in place of the per-address limit.</summary>
    public static TBuilder RequireApiClientRateLimit<TBuilder>(this TBuilder builder, Func<HttpContext, ValueTask<string?>> identify)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new EnableRateLimitingAttribute(RateLimitPolicies.ApiClient), new ApiClientRateLimit(identify));
}
