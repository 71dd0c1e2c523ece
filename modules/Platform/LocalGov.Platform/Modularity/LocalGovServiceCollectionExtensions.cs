using LocalGov.Platform.Auditing;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Features;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Menus;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Numbering;
using LocalGov.Platform.Observability;
using LocalGov.Platform.Seeding;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LocalGov.Platform.Modularity;

/// <summary>Registers the platform and the modules Program.cs lists.</summary>
public static class LocalGovServiceCollectionExtensions
{
    /// <summary>The cookie scheme staff, residents and admins sign in with (ASP.NET Core Identity's application scheme).</summary>
    public const string CookieScheme = "Identity.Application";

    /// <param name="databases">The database engines the host ships; <c>Database:Provider</c> picks one by name.</param>
    /// <param name="listModules">The modules, in dependency order.</param>
    public static ModuleCatalog AddLocalGov(this WebApplicationBuilder builder, IReadOnlyList<DatabaseEngine> databases, Action<ModuleCatalog> listModules)
    {
        var catalog = new ModuleCatalog();
        listModules(catalog);

        var services = builder.Services;
        ProductionSettings.Check(builder.Configuration, builder.Environment); // before anything else: a clear message, not a broken link
        var database = DatabaseSetup.Read(builder.Configuration, builder.Environment, databases);
        services.AddSingleton(catalog);
        services.AddSingleton(database);
        services.AddSingleton(sp => new PlatformDefinitions(sp.GetRequiredService<ModuleCatalog>()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddMemoryCache();

        AddData(services, database);
        AddTenancy(services, builder.Configuration);
        AddSecurity(services, builder.Configuration, builder.Environment);
        AddEmail(services, builder.Configuration);
        services.AddLocalGovJobs(database);
        AddWeb(services);
        services.AddLocalGovObservability(builder.Configuration);

        var context = new ModuleServiceContext(services, builder.Configuration, builder.Environment);
        foreach (var module in catalog.Modules)
        {
            module.ConfigureServices(context);
        }
        return catalog;
    }

    /// <summary>Adds one more module after <see cref="AddLocalGov"/> (tests use it to load a module of their own).</summary>
    public static IServiceCollection AddLocalGovModule(this IServiceCollection services, LocalGovModule module,
        IConfiguration configuration, IHostEnvironment environment)
    {
        var catalog = (ModuleCatalog?)services.LastOrDefault(d => d.ServiceType == typeof(ModuleCatalog))?.ImplementationInstance
            ?? throw new InvalidOperationException("Call AddLocalGov before AddLocalGovModule.");
        catalog.Add(module);
        module.ConfigureServices(new ModuleServiceContext(services, configuration, environment));
        return services;
    }

    private static void AddData(IServiceCollection services, DatabaseOptions database)
    {
        services.AddScoped<TenantSaveInterceptor>();
        services.AddScoped<AuditFieldsInterceptor>();
        services.AddScoped<EntityChangeInterceptor>();
        services.AddScoped<CacheInvalidationInterceptor>();
        services.AddScoped<CacheInvalidationOnCommit>();
        services.AddSingleton<LengthLimitInterceptor>();
        services.AddDbContext<LocalGovDbContext>((sp, options) =>
        {
            options.UseLocalGovDatabase(database);
            options.ReplaceService<IModelCacheKeyFactory, ModuleModelCacheKeyFactory>();
            options.AddInterceptors(
                sp.GetRequiredService<TenantSaveInterceptor>(),
                sp.GetRequiredService<AuditFieldsInterceptor>(),
                sp.GetRequiredService<LengthLimitInterceptor>(),
                sp.GetRequiredService<EntityChangeInterceptor>(),
                sp.GetRequiredService<CacheInvalidationInterceptor>(),
                sp.GetRequiredService<CacheInvalidationOnCommit>());
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        services.AddScoped<INumberingService, NumberingService>();
        services.AddScoped<Satisfaction.ISatisfactionSurveys, Satisfaction.SatisfactionSurveys>();
        services.AddScoped<Satisfaction.ISatisfactionIndicator, Satisfaction.SatisfactionIndicator>();
        services.AddScoped<TenantProvisioner>();
        services.AddScoped<HostSeeder>();
        services.AddScoped<TenantPermissionBackfill>();
        services.AddScoped<TenantModules>();
        services.AddScoped<Web.HeldUploads.HeldUploads>();
        services.AddSingleton<PersonalData.IPersonalDataVault, PersonalData.PersonalDataVault>();
        services.AddScoped<AuditScope>();
        services.AddSingleton<RefusalAudit>();
        services.AddScoped<IAuditScope>(sp => sp.GetRequiredService<AuditScope>());
    }

    private static void AddTenancy(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MultiTenancyOptions>(configuration.GetSection("MultiTenancy"));
        services.AddSingleton<ITenantStore, TenantStore>();
        services.AddSingleton<ICurrentTenant, CurrentTenant>();
        services.AddScoped<IFeatureChecker, FeatureChecker>();
        services.AddSingleton<SettingStore>();
        services.AddSingleton<ISettingProvider>(sp => sp.GetRequiredService<SettingStore>());
        services.AddSingleton<ISettingManager>(sp => sp.GetRequiredService<SettingStore>());
        services.AddSingleton<IText, TextTable>();
        services.AddScoped<IMenuProvider, MenuProvider>();
    }

    private static void AddSecurity(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Cookies: Secure on an HTTPS request (the scheme a known proxy forwards), and always in Production. The cookie
        // policy applies it to every cookie the host writes (sign-in, 2FA, antiforgery, culture), not one by one.
        var secure = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.Configure<CookiePolicyOptions>(o => o.Secure = secure);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddSingleton<AllowedHosts>();
        // The framework's own host filter would refuse LAO custom domains it cannot know: AllowedHostsMiddleware decides.
        services.Configure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o => o.AllowedHosts = ["*"]);
        services.AddSingleton<PermissionGrantCache>();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<IAuthorizationHandler, DeclaredAccessHandler>();
        // an endpoint or page without a stated policy is denied; anonymous ones say so with [AllowAnonymous]
        services.AddAuthorization(o => o.FallbackPolicy = DeclaredAccessRequirement.Policy);
        services.AddAuthentication(CookieScheme).AddCookie(CookieScheme, options =>
        {
            options.LoginPath = "/account/login";
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = ".LocalGov.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secure;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = ctx => AnswerApi(ctx, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = ctx => AnswerApi(ctx, StatusCodes.Status403Forbidden),
            };
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = ".LocalGov.Antiforgery";
            // one cookie for the whole site: left unset, its path is the PathBase of the first page (an LAO's
            // /t/{code}), and forms posting outside that prefix (the language switch) would lose it
            o.Cookie.Path = "/";
            o.HeaderName = "X-CSRF-TOKEN";
            // not Always: antiforgery then throws on a plain-HTTP request (500); the cookie policy marks it Secure instead
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddSingleton<DatabaseXmlRepository>();
        KeyProtection.Configure(services.AddDataProtection().SetApplicationName("LocalGov"), configuration, environment);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = sp.GetRequiredService<DatabaseXmlRepository>()));

        services.AddLocalGovRateLimits(configuration);
        services.AddLocalGovForwardedHeaders(configuration);
    }

    private static Task AnswerApi(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (Problems.WantsJson(ctx.Request))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        // the sign-in (or denied) page of the LAO the person is on: the handler builds its address from the PathBase it
        // saw before the /t/{code} prefix was taken, which would drop them out of the LAO; the ReturnUrl keeps the prefix
        var path = status == StatusCodes.Status401Unauthorized ? ctx.Options.LoginPath : ctx.Options.AccessDeniedPath;
        var query = Uri.TryCreate(ctx.RedirectUri, UriKind.Absolute, out var built) ? built.Query : "";
        ctx.Response.Redirect(ctx.Request.PathBase.Add(path) + query);
        return Task.CompletedTask;
    }

    private static void AddEmail(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddScoped<IEmailSender, OutboxEmailSender>();
        services.TryAddSingleton<ISmtpTransport, SmtpTransport>();
        services.AddScoped<EmailDelivery>();
    }

    private static void AddWeb(IServiceCollection services)
    {
        // Thai text is written as UTF-8, not as &#x...; entities: pages stay small and readable on cheap phones.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton<PublicUrls>();
        services.AddProblemDetails();
        services.AddCors(); // policies come from the modules that need one (Open311)
        services.AddExceptionHandler<ExceptionProblems>();
        services.AddLocalization();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.AddSingleton<IPostConfigureOptions<RazorPagesOptions>, ModulePagesConventions>();
        // before MVC registers its own (TryAdd): every form's antiforgery token comes with an idempotency key
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.IHtmlGenerator, Web.Idempotency.IdempotencyHtmlGenerator>();
    }
}
