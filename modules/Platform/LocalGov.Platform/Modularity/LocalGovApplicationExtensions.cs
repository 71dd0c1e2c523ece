using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.Platform.Features;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Observability;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LocalGov.Platform.Modularity;

/// <summary>The request pipeline and endpoints, in the one order that keeps tenancy and security right.</summary>
public static class LocalGovApplicationExtensions
{
    /// <summary>Brings the schema up to date (as configured) and seeds host data, before the host takes requests and runs jobs.</summary>
    public static async Task InitializeLocalGovDatabaseAsync(this WebApplication app)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var database = app.Services.GetRequiredService<DatabaseOptions>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        switch (database.EffectiveInitialization)
        {
            case SchemaInitialization.Migrate:
                await db.Database.MigrateAsync();
                break;
            case SchemaInitialization.EnsureCreated:
                await db.Database.EnsureCreatedAsync();
                break;
        }
        await scope.ServiceProvider.GetRequiredService<Seeding.HostSeeder>().SeedAsync(CancellationToken.None);
        if (app.Services.GetRequiredService<PersonalData.IPersonalDataVault>() is PersonalData.PersonalDataVault vault)
        {
            vault.EnsureKey();
        }
        // where a slow start goes, for an operator and for docs/benchmarks.md (the first query also builds the model)
        app.Logger.LogInformation("Database ready ({Initialization}, host data seeded) in {Milliseconds:F0} ms",
            database.EffectiveInitialization, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public static WebApplication UseLocalGov(this WebApplication app)
    {
        if (Web.ForwardedHeadersSetup.IsConfigured(app.Configuration))
        {
            app.UseForwardedHeaders(); // first: everything after sees the client's address, not the proxy's
        }
        app.UseMiddleware<AllowedHostsMiddleware>(); // no redirect or link is ever built from a host that is not ours
        if (app.Environment.IsProduction())
        {
            app.UseHsts(); // on HTTPS responses (as forwarded by a known proxy)
        }
        app.UseCookiePolicy(); // Secure cookies: before anything writes one
        // status pages outermost: an exception answered without a body (a person's browser) still gets the page
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseExceptionHandler();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures.All[0]);
            options.SupportedCultures = [.. SupportedCultures.All];
            options.SupportedUICultures = [.. SupportedCultures.All];
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        app.UseAuthentication();
        app.UseMiddleware<TenantResolutionMiddleware>();
        // again inside an LAO's /t/{code} prefix: Razor resolves "~/js/x.js" against the PathBase the prefix moved
        // into, so a page at /t/demo-city/ asks for /t/demo-city/js/x.js
        app.UseStaticFiles();
        app.UseRouting();
        app.UseLocalGovOperatorAccess(); // after routing: it reads the endpoint's OperatorOnly mark
        app.UseCors(); // the endpoint's CORS policy (Open311); answers browsers' preflights before limits and gates
        // after routing, so the endpoint's policy (RateLimitPolicies) applies; after authentication, so partitions see the user
        app.UseMiddleware<ApiClientIdentificationMiddleware>();
        app.UseRateLimiter();
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseMiddleware<AuditingMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<BodyLimitMiddleware>(); // an endpoint's size limit holds on the bytes read
        app.UseMiddleware<FormPostMiddleware>(); // a page's POST is a readable form, or 400/413/415
        app.UseAntiforgery();
        app.UseMiddleware<Web.Idempotency.IdempotencyMiddleware>(); // a repeated submission gets the first one's answer

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapLocalGovObservability(); // /health/detail and, when enabled, /metrics: operators only
        app.MapOpenApi().AllowAnonymous(); // the API description is public

        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        _ = app.Services.GetRequiredService<PlatformDefinitions>(); // duplicate definitions fail at start, not on first use
        foreach (var module in catalog.Modules)
        {
            var group = app.MapGroup("");
            if (module.Feature is { } feature)
            {
                group.WithMetadata(new RequiresFeatureAttribute(feature));
            }
            module.MapEndpoints(group);
        }
        return app;
    }
}
