namespace LocalGov.Platform.Web;

/// <summary>Named rate-limit policies modules put on their endpoints and pages (<c>[EnableRateLimiting(...)]</c>).</summary>
public static class RateLimitPolicies
{
    /// <summary>
    /// Anonymous POSTs that create records: <c>RateLimiting:PublicSubmitsPerHour</c> per address (default 20).
    /// GETs and signed-in users pass.
    /// </summary>
    public const string PublicSubmit = "public-submit";
}
