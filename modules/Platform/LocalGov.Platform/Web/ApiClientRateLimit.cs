using Microsoft.AspNetCore.Http;

namespace LocalGov.Platform.Web;

/// <summary>
/// Endpoint metadata: the request may carry an API client's key, which <see cref="Identify"/> checks and turns into a
/// stable client id (null when the key is missing, unknown or revoked). Put on an endpoint with
/// <see cref="ApiClientRateLimitExtensions.RequireApiClientRateLimit{TBuilder}"/>; see <see cref="RateLimitPolicies.ApiClient"/>.
/// </summary>
public sealed record ApiClientRateLimit(Func<HttpContext, ValueTask<string?>> Identify)
{
    /// <summary>Where the identified client's id is kept for the rate limiter's partitions.</summary>
    public const string ItemKey = "LocalGov.ApiClient";

    /// <summary>The client the request was identified as, if any.</summary>
    public static string? ClientOf(HttpContext context) => context.Items[ItemKey] as string;
}
