using LocalGov.Identity.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Menus;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.Seeding;
using LocalGov.Tenants.Auditing;
using LocalGov.Tenants.Console;
using LocalGov.Tenants.Onboarding;
using LocalGov.Tenants.Provinces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Tenants;

/// <summary>
/// LAOs and provinces. Provincial admins onboard the LAOs of their province (modules, first admin invited by email),
/// suspend and reactivate them, and watch them on a dashboard; the national admin manages provinces and their admins;
/// an LAO admin invites staff, assigns roles, edits role permissions and settings, and reads the LAO's audit log.
/// </summary>
public sealed class TenantsModule : LocalGovModule
{
    public override string Name => "Tenants";
    public override LocalizedText DisplayName => new("หน่วยงาน", "LAOs");
    public override bool IsOptional => false;
    public override IReadOnlyList<string> Requires => [IdentityContract.Module];
    public override string? PagesArea => "Tenants";

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.Services.AddScoped<LaoOnboarding>();
        context.Services.AddScoped<BulkOnboarding>();
        context.Services.AddScoped<LaoDashboard>();
        context.Services.AddScoped<AuditTrail>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<Province>(b =>
    {
        b.ToTable("tenants_provinces");
        b.HasKey(p => p.Code);
        b.Property(p => p.Code).HasMaxLength(2);
        b.Property(p => p.NameTh).HasMaxLength(100);
        b.Property(p => p.NameEn).HasMaxLength(100);
    });

    public override void DefinePermissions(PermissionDefinitionContext context) => context
        .AddHost(TenantsPermissions.Console, new LocalizedText("ดูหน่วยงานในจังหวัด", "See the province's LAOs"), RoleTemplates.ProvincialAdmin)
        .AddHost(TenantsPermissions.Onboard, new LocalizedText("เพิ่ม ระงับ และเปิดใช้หน่วยงาน", "Add, suspend and reactivate LAOs"), RoleTemplates.ProvincialAdmin)
        .AddHost(TenantsPermissions.ManageProvinces, new LocalizedText("จัดการจังหวัดและผู้ดูแลจังหวัด", "Manage provinces and their admins"))
        .Add(TenantsPermissions.StaffArea, new LocalizedText("เข้าหน้าเจ้าหน้าที่", "Open the back office"), [.. RoleTemplates.TenantRoles])
        .Add(TenantsPermissions.Administer, new LocalizedText("ดูแลระบบของหน่วยงาน", "Administer the LAO"))
        .Add(TenantsPermissions.Satisfaction, new LocalizedText("ดูความพึงพอใจของผู้รับบริการและความเห็น", "See residents' satisfaction and comments"))
        .RequireTwoFactor(TenantsPermissions.Console, TenantsPermissions.Onboard, TenantsPermissions.ManageProvinces, TenantsPermissions.Administer);

    public override void DefineMenus(MenuDefinitionContext context) => context
        .Add(MenuArea.Staff, "staff-home", new LocalizedText("งานของฉัน", "Back office"), "/staff", TenantsPermissions.StaffArea, order: 10)
        .Add(MenuArea.Staff, "satisfaction", new LocalizedText("ความพึงพอใจ", "Satisfaction"), "/staff/satisfaction", TenantsPermissions.Satisfaction, order: 700)
        .Add(MenuArea.Staff, "admin-staff", new LocalizedText("เจ้าหน้าที่", "Staff"), "/admin/staff", TenantsPermissions.Administer, order: 800)
        .Add(MenuArea.Staff, "admin-roles", new LocalizedText("บทบาทและสิทธิ์", "Roles and permissions"), "/admin/roles", TenantsPermissions.Administer, order: 810)
        .Add(MenuArea.Staff, "admin-settings", new LocalizedText("ตั้งค่าหน่วยงาน", "LAO settings"), "/admin/settings", TenantsPermissions.Administer, order: 820)
        .Add(MenuArea.Staff, "admin-audit", new LocalizedText("บันทึกการใช้งาน", "Audit log"), "/admin/audit", TenantsPermissions.Administer, order: 830)
        .Add(MenuArea.Console, "console-laos", new LocalizedText("หน่วยงาน", "LAOs"), "/console", TenantsPermissions.Console, order: 10)
        .Add(MenuArea.Console, "console-new-lao", new LocalizedText("เพิ่มหน่วยงาน", "Add an LAO"), "/console/laos/new", TenantsPermissions.Onboard, order: 20)
        .Add(MenuArea.Console, "console-provinces", new LocalizedText("จังหวัด", "Provinces"), "/console/provinces", TenantsPermissions.ManageProvinces, order: 30)
        .Add(MenuArea.Console, "console-audit", new LocalizedText("บันทึกการใช้งาน", "Audit log"), "/console/audit", TenantsPermissions.Console, order: 40);

    /// <summary>The 77 provinces (76 and Bangkok) with their DOPA codes.</summary>
    public override async Task SeedHostAsync(HostSeedContext context)
    {
        var existing = await context.Db.Set<Province>().Select(p => p.Code).ToListAsync(context.CancellationToken);
        foreach (var province in ProvinceCatalog.All.Where(p => !existing.Contains(p.Code)))
        {
            context.Db.Add(new Province(province.Code, province.NameTh, province.NameEn));
        }
    }
}
