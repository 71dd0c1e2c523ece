using LocalGov.Host.Tests.Notes;
using LocalGov.Platform.Data;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Seeding;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Infrastructure;

/// <summary>
/// The real host (Program.cs) through WebApplicationFactory, on one database provider, with the test-only Notes
/// module added and four tenants: alpha and beta (Notes and Payments on), gamma (both off), delta (suspended).
/// </summary>
public abstract class LocalGovHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string BaseDomain = "localgov.test";
    public const string AlphaCustomDomain = "eservice.alpha.example";
    private const string HeaderOrCookie = "HeaderOrCookie";

    private readonly Dictionary<string, string> _settings = new(StringComparer.Ordinal);

    public TenantInfo Alpha { get; private set; } = null!;
    public TenantInfo Beta { get; private set; } = null!;
    public TenantInfo Gamma { get; private set; } = null!;
    public TenantInfo Delta { get; private set; } = null!;

    public abstract string Provider { get; }

    /// <summary>The host's clock; tests move it with <see cref="TestClock.Shift"/>.</summary>
    public TestClock Clock { get; } = new();

    protected abstract Task<string> CreateDatabaseAsync();

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    /// <summary>False for a host started again on a database that already has the test tenants.</summary>
    protected virtual bool SeedTenants => true;

    /// <summary>The hosting environment (Production for the tests of what only Production does).</summary>
    protected virtual string EnvironmentName => "Testing";

    /// <summary>Extra configuration a test class needs (set before the host starts).</summary>
    protected virtual void Configure(IDictionary<string, string> settings) { }

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await CreateDatabaseAsync();
        _settings["Database:Provider"] = Provider;
        _settings["Database:Initialize"] = "EnsureCreated"; // the Notes module is not in the shipped migrations
        _settings["ConnectionStrings:LocalGov"] = ConnectionString;
        _settings["Demo:Seed"] = "false";
        _settings["MultiTenancy:BaseDomain"] = BaseDomain;
        _settings["Site:PublicUrl"] = "http://localhost";
        _settings["RateLimiting:AnonymousPermitsPerMinute"] = "100000";
        _settings["RateLimiting:PublicSubmitsPerHour"] = "100000";
        _settings["RateLimiting:LookupsPerHour"] = "100000";
        _settings["RateLimiting:CalculationsPerMinute"] = "100000";
        _settings["RateLimiting:ApiClientRequestsPerMinute"] = "100000";
        _settings["Email:PollSeconds"] = "3600";
        Configure(_settings);

        _ = Server; // starts the host: migrations, seeding, Quartz
        if (SeedTenants)
        {
            await SeedTenantsAsync();
        }
    }

    private bool _dropped;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Stops the host, then drops its database.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!_dropped)
        {
            _dropped = true;
            await DropDatabaseAsync();
        }
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices((context, services) =>
            services.AddLocalGovModule(new NotesModule(), context.Configuration, context.HostingEnvironment));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            // Requests with the X-Test-User header are signed in by it; all others use the real sign-in cookie.
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, null)
                .AddPolicyScheme(HeaderOrCookie, null, o => o.ForwardDefaultSelector = ctx =>
                    ctx.Request.Headers.ContainsKey(TestAuthHandler.Header) ? TestAuthHandler.SchemeName : LocalGovServiceCollectionExtensions.CookieScheme);
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = HeaderOrCookie;
                o.DefaultAuthenticateScheme = HeaderOrCookie;
                o.DefaultChallengeScheme = HeaderOrCookie;
                o.DefaultForbidScheme = HeaderOrCookie;
            });
        });
    }

    private async Task SeedTenantsAsync()
    {
        Alpha = await ProvisionAsync("alpha", "เทศบาลอัลฟา", "Alpha Municipality", ["Notes", "Payments"], t => t.AddHostName(AlphaCustomDomain));
        Beta = await ProvisionAsync("beta", "เทศบาลเบตา", "Beta Municipality", ["Notes", "Payments"]);
        Gamma = await ProvisionAsync("gamma", "อบต.แกมมา", "Gamma SAO", []);
        Delta = await ProvisionAsync("delta", "อบต.เดลตา", "Delta SAO", ["Notes", "Payments"], t => t.Suspend("Test: audit in progress"));
    }

    /// <summary>A new LAO with <paramref name="modules"/> on, in Chiang Mai (50) unless <paramref name="provinceCode"/> says otherwise.</summary>
    public async Task<TenantInfo> ProvisionAsync(string code, string th, string en, string[] modules, Action<Tenant>? adjust = null,
        string provinceCode = "50")
    {
        await using var scope = Services.CreateAsyncScope();
        var tenant = new Tenant(code, th, en, TenantKind.TownMunicipality, provinceCode);
        adjust?.Invoke(tenant);
        await scope.ServiceProvider.GetRequiredService<TenantProvisioner>().ProvisionAsync(tenant, modules);
        return tenant.ToInfo();
    }

    /// <summary>A client signed in as staff of <paramref name="tenant"/> (or anonymous when <paramref name="roles"/> is null).</summary>
    public HttpClient StaffClient(TenantInfo tenant, params string[] roles)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, TestAuthHandler.For($"staff-{tenant.Code}", tenant.Id, roles));
        return client;
    }

    /// <summary>A browser-like client acting as a real account: staff of <paramref name="tenantId"/> with <paramref name="roles"/>, or a resident (null).</summary>
    public FormClient ClientAs(Guid userId, Guid? tenantId, params string[] roles)
    {
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, TestAuthHandler.For(userId.ToString(), tenantId, roles));
        return new FormClient(client);
    }

    /// <summary>Runs <paramref name="work"/> in a fresh service scope inside <paramref name="tenant"/>, as a request of that LAO would.</summary>
    public async Task<T> InTenantAsync<T>(TenantInfo tenant, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant);
        return await work(scope.ServiceProvider);
    }

    public Task InTenantAsync(TenantInfo tenant, Func<IServiceProvider, Task> work) => InTenantAsync(tenant, async services =>
    {
        await work(services);
        return true;
    });

    public HttpClient AnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
