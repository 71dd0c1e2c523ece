using LocalGov.Platform.Authorization;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Menus;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Seeding;
using LocalGov.Platform.Settings;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Platform.Tests;

/// <summary>
/// The platform's real services over a throwaway SQLite file, with one module ("Parks"); nothing listens.
/// Tenants: on (Parks switched on), off (switched off), unset (no explicit value: the configured default applies).
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "localgov-platform-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public IServiceProvider Services => _app!.Services;
    public TenantInfo On { get; private set; } = null!;
    public TenantInfo Off { get; private set; } = null!;
    public TenantInfo Unset { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:Initialize"] = "EnsureCreated",
            ["ConnectionStrings:LocalGov"] = $"Data Source={Path.Combine(_directory, "p.db")}",
            ["ConnectionStrings:Jobs"] = $"Data Source={Path.Combine(_directory, "j.db")}",
            ["Features:Defaults:Modules.Parks"] = "true",
            ["Settings:Parks.OpeningHour"] = "7",
        });
        builder.AddLocalGov([new LocalGov.Data.Sqlite.SqliteDatabase()], m => m.Add<ParksModule>());
        _app = builder.Build();
        await _app.InitializeLocalGovDatabaseAsync();

        On = await ProvisionAsync("on", ["Parks"]);
        Off = await ProvisionAsync("off", []);
        Unset = await ProvisionAsync("unset", ["Parks"], removeExplicitFeature: true);
    }

    private async Task<TenantInfo> ProvisionAsync(string code, string[] modules, bool removeExplicitFeature = false)
    {
        await using var scope = Services.CreateAsyncScope();
        var tenant = new Tenant(code, "ทดสอบ " + code, "Test " + code, TenantKind.SubdistrictAdministrativeOrganization, "50");
        await scope.ServiceProvider.GetRequiredService<TenantProvisioner>().ProvisionAsync(tenant, modules);
        if (removeExplicitFeature)
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalGov.Platform.Data.LocalGovDbContext>();
            var loaded = await db.Set<Tenant>().SingleAsync(t => t.Id == tenant.Id);
            loaded.ResetFeature("Modules.Parks");
            await db.SaveChangesAsync();
            return loaded.ToInfo();
        }
        return tenant.ToInfo();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    public sealed class ParksModule : LocalGovModule
    {
        public const string Visit = "Parks.Visit";
        public const string Admin = "Parks.Admin";
        public const string Inspect = "Parks.Inspect";
        public const string OpeningHour = "Parks.OpeningHour";

        public override string Name => "Parks";
        public override LocalizedText DisplayName => new("สวนสาธารณะ", "Parks");

        public override void DefinePermissions(PermissionDefinitionContext context) => context
            .Add(Visit, new LocalizedText("ดู", "Visit"), RoleTemplates.Cashier)
            .Add(Admin, new LocalizedText("ดูแล", "Administer"))
            .AddHost(Inspect, new LocalizedText("ตรวจ", "Inspect"), RoleTemplates.ProvincialAdmin);

        public override void DefineSettings(SettingDefinitionContext context) =>
            context.Add(OpeningHour, new LocalizedText("เวลาเปิด", "Opening hour"), "8");

        public override void DefineMenus(MenuDefinitionContext context) => context
            .Add(MenuArea.Resident, "parks", new LocalizedText("สวน", "Parks"), "/parks")
            .Add(MenuArea.Staff, "parks-admin", new LocalizedText("ดูแลสวน", "Park admin"), "/parks/admin", Admin);
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
