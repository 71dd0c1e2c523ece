using LocalGov.Platform.Data;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Demo;

internal static class DemoSetup
{
    public static IServiceCollection AddLocalGovDemo(this IServiceCollection services, IConfiguration configuration) => services;

    /// <summary>Creates the demo LAOs once (idempotent), each with the modules this host has loaded from its list.</summary>
    public static async Task SeedLocalGovDemoAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Demo:Seed", false))
        {
            return;
        }
        if (!app.Environment.IsDevelopment() && !app.Configuration.GetValue("Demo:AllowOutsideDevelopment", false))
        {
            // demo accounts have a published password: never on a real deployment by accident
            app.Logger.LogWarning("Demo:Seed is ignored outside Development; set Demo:AllowOutsideDevelopment=true for a demo server.");
            return;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var catalog = scope.ServiceProvider.GetRequiredService<ModuleCatalog>();
        var provisioner = scope.ServiceProvider.GetRequiredService<TenantProvisioner>();
        var seeded = new List<TenantInfo>();
        foreach (var demo in DemoData.Tenants)
        {
            if (await db.Set<Tenant>().AsNoTracking().SingleOrDefaultAsync(t => t.Code == demo.Code) is { } existing)
            {
                seeded.Add(existing.ToInfo());
                continue;
            }
            var tenant = new Tenant(demo.Code, demo.NameTh, demo.NameEn, demo.Kind, DemoData.ProvinceCode);
            tenant.SetContact($"contact@{demo.Code}.localgov.local", "053-000-000");
            var loaded = demo.Modules.Where(m => catalog.Modules.Any(x => x.Name == m && x.IsOptional)).ToList();
            await provisioner.ProvisionAsync(tenant, loaded);
            seeded.Add(tenant.ToInfo());
        }
        await DemoAccounts.SeedAsync(scope.ServiceProvider, seeded, app.Services.GetRequiredService<TimeProvider>());
        await DemoBills.SeedAsync(app.Services, seeded.Single(t => t.Code == "demo-city"));
        await DemoComplaints.SeedAsync(app.Services, seeded);
        await DemoWaste.SeedAsync(app.Services, seeded);
        await DemoPermits.SeedAsync(app.Services, seeded);
        await DemoTax.SeedAsync(app.Services, seeded);
        await DemoOpen311.SeedAsync(app.Services, seeded.Single(t => t.Code == "demo-city"), app.Configuration);
        await DemoClaims.ReadAsync(app.Services, seeded);
        app.Logger.LogInformation("Demo data ready in {Milliseconds:F0} ms", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>Prints where the host listens and how to reach the demo LAOs, once the server has started.</summary>
    public static void PrintDemoBanner(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var url = addresses.FirstOrDefault()?.TrimEnd('/') ?? "http://localhost:5000";
            var database = app.Services.GetRequiredService<DatabaseOptions>();
            var lines = new List<string>
            {
                "",
                "LocalGov is running.",
                $"  Open:      {url}/",
                $"  Health:    {url}/health/ready    API description: {url}/openapi/v1.json",
                $"  Database:  {database.Provider}",
            };
            if (app.Configuration.GetValue("Demo:Seed", false))
            {
                lines.Add($"  Demo province {DemoData.Province.En} ({DemoData.Province.Th}), LAOs:");
                lines.AddRange(DemoData.Tenants.Select(t => $"    {url}/t/{t.Code}/   {t.NameEn} ({t.NameTh})"));
                lines.Add($"  Sign in at {url}/account/login — every demo account's password is {DemoAccounts.Password}");
                lines.Add($"    national admin:    {DemoAccounts.NationalAdmin}   (admins set up two-factor sign-in at first use)");
                lines.Add($"    provincial admin:  {DemoAccounts.ProvincialAdmin}");
                lines.Add($"    LAO staff:         <role>@<lao>.localgov.local, e.g. {DemoAccounts.Staff("demo-city", "tenant-admin")}, {DemoAccounts.Staff("demo-city", "complaints-officer")}, {DemoAccounts.Staff("demo-town", "cashier")}");
                lines.Add($"    resident:          {DemoAccounts.Resident}");
                lines.AddRange(DemoClaims.Lines);
                lines.Add(DemoOpen311.BannerLine(app.Configuration, url));
                lines.Add("  Outgoing mail is written to App_Data/mail/ as .eml files.");
            }
            lines.Add("");
            Console.WriteLine(string.Join(Environment.NewLine, lines));
        });
    }
}
