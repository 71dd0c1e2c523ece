using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Platform.Web;

/// <summary>
/// The global anonymous limit and the named <see cref="RateLimitPolicies"/>. The limiter runs after routing (see
/// LocalGovApplicationExtensions), so both see the endpoint and the signed-in user. A refusal is 429 with
/// Retry-After: problem details for API clients, the status page in the reader's language for people.
/// </summary>
internal static class RateLimits
{
    public static void AddLocalGovRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permitsPerMinute = configuration.GetValue("RateLimiting:AnonymousPermitsPerMinute", 120);
        var submitsPerHour = configuration.GetValue("RateLimiting:PublicSubmitsPerHour", 20);
        var calculationsPerMinute = configuration.GetValue("RateLimiting:CalculationsPerMinute", 300);
        var lookupsPerHour = configuration.GetValue("RateLimiting:LookupsPerHour", 30);
        var clientRequestsPerMinute = configuration.GetValue("RateLimiting:ApiClientRequestsPerMinute", 600);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx => IsExemptFromGlobal(ctx)
                ? RateLimitPartition.GetNoLimiter("exempt")
                : Window("anon:" + Address(ctx), permitsPerMinute, TimeSpan.FromMinutes(1)));
            // Forms that create records (a complaint, a registration) from people without an account: counted
            // per address, per hour, on POST only, on top of the global limit.
            options.AddPolicy(RateLimitPolicies.PublicSubmit, ctx =>
                ctx.User.Identity?.IsAuthenticated == true || IsRead(ctx.Request)
                    ? RateLimitPartition.GetNoLimiter("exempt")
                    : Window("submit:" + Address(ctx), submitsPerHour, TimeSpan.FromHours(1)));
            options.AddPolicy(RateLimitPolicies.Calculator, ctx =>
                Window("calc:" + Address(ctx), calculationsPerMinute, TimeSpan.FromMinutes(1)));
            options.AddPolicy(RateLimitPolicies.Lookup, ctx =>
                IsRead(ctx.Request)
                    ? RateLimitPartition.GetNoLimiter("exempt")
                    : Window(ctx.User.Identity?.IsAuthenticated == true
                        ? "lookup-user:" + ctx.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value
                        : "lookup:" + Address(ctx), lookupsPerHour, TimeSpan.FromHours(1)));
            options.AddPolicy(RateLimitPolicies.ApiClient, ctx =>
                ApiClientRateLimit.ClientOf(ctx) is { } client
                    ? Window("client:" + client, clientRequestsPerMinute, TimeSpan.FromMinutes(1))
                    : RateLimitPartition.GetNoLimiter("no-client")); // the global per-address limit counts it
            options.OnRejected = async (ctx, _) =>
            {
                if (ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    ctx.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                await ctx.HttpContext.RequestServices.GetRequiredService<Auditing.RefusalAudit>().RecordAsync(ctx.HttpContext,
                    StatusCodes.Status429TooManyRequests, "rate-limit", ctx.HttpContext.RequestServices.GetRequiredService<MultiTenancy.ICurrentTenant>().Id);
                await Problems.WriteAsync(ctx.HttpContext, StatusCodes.Status429TooManyRequests, PlatformMessages.TooManyRequests);
            };
        });
    }

    /// <summary>
    /// Signed-in users, health probes, calculators and identified API clients (they have limits of their own), and
    /// the status page re-executed for a refusal (else a person over the limit would get a blank 429).
    /// </summary>
    private static bool IsExemptFromGlobal(HttpContext ctx) =>
        ctx.User.Identity?.IsAuthenticated == true
        || ctx.Request.Path.StartsWithSegments("/health")
        || ctx.Features.Get<IStatusCodeReExecuteFeature>() is not null
        || ctx.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == RateLimitPolicies.Calculator
        || ApiClientRateLimit.ClientOf(ctx) is not null;

    private static bool IsRead(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);

    private static string Address(HttpContext ctx) => ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitPartition<string> Window(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
}
