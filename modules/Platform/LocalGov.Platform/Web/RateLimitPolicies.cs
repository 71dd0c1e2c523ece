namespace LocalGov.Platform.Web;

/// <summary>Named rate-limit policies modules put on their endpoints and pages (<c>[EnableRateLimiting(...)]</c>).</summary>
public static class RateLimitPolicies
{
    /// <summary>
    /// Anonymous POSTs that create records: <c>RateLimiting:PublicSubmitsPerHour</c> per address (default 20).
    /// GETs and signed-in users pass.
    /// </summary>
    public const string PublicSubmit = "public-submit";

    /// <summary>
    /// Look-ups that prove knowledge of a record (a house code with one of its bill numbers), which someone could try
    /// to guess: <c>RateLimiting:LookupsPerHour</c> POSTs per signed-in account, or per address for everyone else
    /// (default 30). Unlike <see cref="PublicSubmit"/> it counts signed-in users too, since anyone can make an account.
    /// </summary>
    public const string Lookup = "lookup";

    /// <summary>
    /// Public calculators that save nothing (the tax estimator): <c>RateLimiting:CalculationsPerMinute</c> requests
    /// per address (default 300), in place of the general anonymous limit, so a resident trying figures or an app
    /// checking its sums is not cut off while a flood still is.
    /// </summary>
    public const string Calculator = "calculator";

    /// <summary>
    /// Requests from an app holding an API key (Open311 POSTs): <c>RateLimiting:ApiClientRequestsPerMinute</c> per key
    /// (default 600), in place of the general anonymous per-address limit, so clients behind one address do not
    /// share a budget. A request without a live key is counted per address like any anonymous one. Put on endpoints
    /// with <see cref="ApiClientRateLimitExtensions.RequireApiClientRateLimit{TBuilder}"/>.
    /// </summary>
    public const string ApiClient = "api-client";
}
