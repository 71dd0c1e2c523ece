using System.Globalization;
using LocalGov.Platform.Features;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LocalGov.Complaints.Open311;

/// <summary>
/// Open311 GeoReport v2 at /open311/v2/ (../shared/docs/OPEN311.md; spec: open311.github.io, GeoReport/v2).
/// Format by suffix (<c>.xml</c>, <c>.json</c>; any other is 404); the tenant by host name, <c>/t/{code}</c> or
/// <c>jurisdiction_id</c>; every failure under /open311 answered in Open311's error shape. Only POST requests
/// needs an API key. Our additions are documented in docs/open311.md.
/// </summary>
internal static class Open311Api
{
    public const string Prefix = "/open311/v2";

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        AddCors(services, configuration);
        services.AddScoped<Open311Keys>();
        services.AddScoped<ServiceList>();
        services.AddScoped<ServiceRequests>();
        services.AddScoped<RequestSubmission>();
        services.AddSingleton<ITenantResolveContributor, JurisdictionContributor>();
        services.AddProblemWriter("/open311", Open311Errors.WriteAsync);
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var v2 = endpoints.MapGroup(Prefix).AllowAnonymous().DisableAntiforgery().RequireCors(CorsPolicy).AddEndpointFilter(CheckRequestAsync);
        // discovery answers without jurisdiction_id too: outside clients read it before they know one
        Resource(v2, "/discovery.{format}", HttpMethods.Get).MapGet("/discovery.{format}", DiscoveryAsync).WithMetadata(new AnswersWithoutTenantAttribute());
        Resource(v2, "/services.{format}", HttpMethods.Get).MapGet("/services.{format}", ServicesAsync);
        Resource(v2, "/services/{service_code}.{format}", HttpMethods.Get).MapGet("/services/{service_code}.{format}", DefinitionAsync);
        Resource(v2, "/requests.{format}", HttpMethods.Get, HttpMethods.Post).MapGet("/requests.{format}", RequestsAsync);
        v2.MapPost("/requests.{format}", SubmitAsync).RequireApiClientRateLimit(Open311ClientIdentity.IdentifyAsync);
        Resource(v2, "/requests/{service_request_id}.{format}", HttpMethods.Get).MapGet("/requests/{service_request_id}.{format}", RequestAsync);
        Resource(v2, "/tokens/{token}.{format}", HttpMethods.Get).MapGet("/tokens/{token}.{format}", TokenAsync);

        // anything else under /open311 is an unknown resource, answered in Open311's shape rather than as a page
        endpoints.Map("/open311/{**rest}", (HttpContext http) =>
            Open311Errors.NotFound(Open311Formats.ForErrorsAt(http.Request.Path), Open311Errors.UnknownResource)).AllowAnonymous().DisableAntiforgery()
            .RequireCors(CorsPolicy); // a browser's preflight for any Open311 path is answered here
    }

    private static async Task<IResult> DiscoveryAsync(string format, HttpContext http, ServiceList services, CancellationToken cancellationToken) =>
        new Open311Result(Format(format), await services.DiscoveryAsync(IsThai(http), cancellationToken));

    /// <summary>The CORS policy of every Open311 path: browser-based clients may GET and POST from the origins in <c>Open311:CorsOrigins</c>.</summary>
    public const string CorsPolicy = "open311";

    /// <summary>
    /// <c>Open311:CorsOrigins</c>: origins separated by <c>;</c>, or <c>*</c> (the default) for any. No cookies are
    /// sent or read (credentials are not allowed), so any origin can do only what the api_key lets it.
    /// </summary>
    private static void AddCors(IServiceCollection services, IConfiguration configuration)
    {
        var origins = (configuration["Open311:CorsOrigins"] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        services.AddCors(o => o.AddPolicy(CorsPolicy, policy =>
        {
            if (origins.Length == 0 || origins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(origins);
            }
            policy.WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Content-Type", IdempotencyHeader, "Accept-Language")
                .SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
    }

    private const string IdempotencyHeader = "Idempotency-Key";

    private static async Task<IResult> ServicesAsync(string format, HttpContext http, ServiceList services, CancellationToken cancellationToken) =>
        new Open311Result(Format(format), await services.ServicesAsync(IsThai(http), cancellationToken));

    private static async Task<IResult> DefinitionAsync(string service_code, string format, HttpContext http, ServiceList services,
        CancellationToken cancellationToken) =>
        await services.DefinitionAsync(service_code, IsThai(http), cancellationToken) is { } definition
            ? new Open311Result(Format(format), definition)
            : Open311Errors.NotFound(Format(format), ServiceList.UnknownService(service_code));

    private static async Task<IResult> RequestsAsync(string format, HttpContext http, ServiceRequests requests, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (filter, errors) = RequestFilter.Parse(http.Request.Query, clock.GetUtcNow().UtcDateTime);
        if (errors.Count > 0)
        {
            return Open311Errors.Result(Format(format), errors);
        }
        return new Open311Result(Format(format), Requests(await requests.FindAsync(filter, IsThai(http), cancellationToken)));
    }

    private static async Task<IResult> RequestAsync(string service_request_id, string format, HttpContext http, ServiceRequests requests,
        CancellationToken cancellationToken)
    {
        var extensions = string.Equals(http.Request.Query["extensions"].ToString().Trim(), "true", StringComparison.OrdinalIgnoreCase);
        return await requests.FindOneAsync(service_request_id, extensions, IsThai(http), cancellationToken) is { } request
            ? new Open311Result(Format(format), Requests([request]))
            : Open311Errors.NotFound(Format(format), new($"ไม่พบ service_request_id {service_request_id}", $"service_request_id {service_request_id} was not found."));
    }

    private static async Task<IResult> TokenAsync(string token, string format, ServiceRequests requests, CancellationToken cancellationToken)
    {
        var id = Guid.TryParseExact(token, "N", out var parsed) ? await requests.FindByTokenAsync(parsed, cancellationToken) : null;
        return id is null
            ? Open311Errors.NotFound(Format(format), new($"ไม่พบ token {token}", $"token {token} was not found."))
            : new Open311Result(Format(format), Requests([Open311Node.Object(
                ("service_request_id", Open311Node.Text(id)), ("token", Open311Node.Text(token)))]));
    }

    private static async Task<IResult> SubmitAsync(string format, HttpContext http, RequestSubmission submission, CancellationToken cancellationToken) =>
        await submission.SubmitAsync(Format(format), http, IsThai(http), cancellationToken);

    private static Open311Document Requests(IEnumerable<Open311Node> requests) => new("service_requests", Open311Node.List("request", requests));

    /// <summary>
    /// Names and notes in Thai, or in English with <c>locale=en</c> (the extension several Open311 servers share) or
    /// the site's own <c>culture=en-US</c>.
    /// </summary>
    public static bool IsThai(HttpContext http) => Locale(http.Request.Query["locale"].ToString()) ?? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";

    /// <summary>True for a Thai locale, false for an English one, null when none (or another) is named.</summary>
    public static bool? Locale(string? locale) => locale?.Trim().ToLowerInvariant() switch
    {
        "th" or "th-th" => true,
        "en" or "en-us" or "en-gb" => false,
        _ => null,
    };

    /// <summary>Checked by <see cref="CheckRequestAsync"/> before any handler runs.</summary>
    private static Open311Format Format(string format) => Open311Formats.Parse(format)!.Value;

    /// <summary>
    /// Before every handler: the suffix must be one we serve (else 404), and a <c>jurisdiction_id</c> given beside
    /// a host name or path that already names the tenant must name the same one.
    /// </summary>
    private static async ValueTask<object?> CheckRequestAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var http = invocation.HttpContext;
        if (Open311Formats.Parse(http.GetRouteValue("format") as string) is not { } format)
        {
            return Open311Errors.NotFound(Open311Format.Json, Open311Errors.UnknownResource);
        }
        var tenant = http.RequestServices.GetRequiredService<ICurrentTenant>().Tenant;
        if (tenant is not null && await JurisdictionContributor.ReadAsync(http) is { } given)
        {
            var baseDomain = http.RequestServices.GetRequiredService<IOptionsMonitor<MultiTenancyOptions>>().CurrentValue.BaseDomain;
            var named = JurisdictionContributor.Normalize(given, baseDomain);
            if (!JurisdictionContributor.Names(tenant, named))
            {
                var store = http.RequestServices.GetRequiredService<ITenantStore>();
                var other = await store.FindByCodeAsync(named, http.RequestAborted) ?? await store.FindByHostNameAsync(named, http.RequestAborted);
                return other is null
                    ? Open311Errors.NotFound(format, Open311Errors.UnknownJurisdiction)
                    : Open311Errors.BadRequest(format, PlatformMessages.ConflictingTenants);
            }
        }
        return await next(invocation);
    }

    /// <summary>A method the resource does not have is a 400 in Open311's shape (the spec's "any other error").</summary>
    private static RouteGroupBuilder Resource(RouteGroupBuilder group, string pattern, params string[] allowed)
    {
        string[] all = [HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];
        group.MapMethods(pattern, [.. all.Except(allowed)], (HttpContext http) =>
        {
            http.Response.Headers.Allow = string.Join(", ", allowed);
            return Open311Errors.BadRequest(Format((string)http.GetRouteValue("format")!),
                new($"{http.Request.Method} ใช้กับ {pattern.TrimStart('/')} ไม่ได้", $"{http.Request.Method} is not supported on {pattern.TrimStart('/')}."));
        });
        return group;
    }
}
