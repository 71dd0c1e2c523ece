using LocalGov.Platform.Authorization;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Features;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Menus;
using LocalGov.Platform.Seeding;
using LocalGov.Platform.Settings;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Platform.Modularity;

/// <summary>
/// One class tells a module's story: its services, endpoints, pages, tables, permissions, features, settings,
/// menus, jobs, email templates, text and tenant seed data. The host lists modules explicitly in Program.cs;
/// nothing is discovered by scanning. (ABP's AbpModule, without interception.)
/// </summary>
public abstract class LocalGovModule
{
    /// <summary>Short English name, e.g. "Complaints". Also names the feature <c>Modules.{Name}</c>.</summary>
    public abstract string Name { get; }

    public abstract LocalizedText DisplayName { get; }

    /// <summary>
    /// The modules this one needs, by name — the constant of their Contracts project (e.g.
    /// <c>PaymentsContract.Module</c>), so no module references another's implementation to say so. The host refuses
    /// to start when one is not listed before this module; an LAO cannot have this module switched on without each
    /// optional one among them (<see cref="ModuleCatalog.CheckSelection"/>).
    /// </summary>
    public virtual IReadOnlyList<string> Requires => [];

    /// <summary>
    /// True for modules a tenant switches on or off (the business modules). Their endpoints, pages, permissions,
    /// menus and jobs are all gated by the feature <see cref="Feature"/>. Platform parts (identity, tenants) say false.
    /// </summary>
    public virtual bool IsOptional => true;

    /// <summary>The module's own on/off feature, or null for a module that is always on.</summary>
    public string? Feature => IsOptional ? FeatureOf(Name) : null;

    /// <summary>The on/off feature of the module named <paramref name="module"/>.</summary>
    public static string FeatureOf(string module) => $"Modules.{module}";

    /// <summary>The Razor Pages area that holds this module's pages, if any.</summary>
    public virtual string? PagesArea => null;

    public virtual void ConfigureServices(ModuleServiceContext context) { }

    /// <summary>Maps endpoints. The builder is already gated by the module's feature.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    /// <summary>Configures this module's own tables only, named <c>&lt;module&gt;_&lt;table&gt;</c>.</summary>
    public virtual void ConfigureModel(ModelBuilder modelBuilder) { }

    public virtual void DefinePermissions(PermissionDefinitionContext context) { }

    /// <summary>Extra features beyond the module's own on/off feature.</summary>
    public virtual void DefineFeatures(FeatureDefinitionContext context) { }

    public virtual void DefineSettings(SettingDefinitionContext context) { }

    public virtual void DefineMenus(MenuDefinitionContext context) { }

    public virtual void DefineJobs(JobDefinitionContext context) { }

    public virtual void DefineEmailTemplates(EmailTemplateContext context) { }

    public virtual void DefineLocalization(LocalizationContext context) { }

    /// <summary>Seeds host-level data (reference tables, host roles); runs at every start and must be idempotent.</summary>
    public virtual Task SeedHostAsync(HostSeedContext context) => Task.CompletedTask;

    /// <summary>Seeds a newly provisioned tenant that has this module enabled; runs inside the provisioning transaction.</summary>
    public virtual Task SeedTenantAsync(TenantSeedContext context) => Task.CompletedTask;
}
