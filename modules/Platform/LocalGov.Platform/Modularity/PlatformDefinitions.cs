using LocalGov.Platform.Authorization;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Features;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Menus;
using LocalGov.Platform.Settings;

namespace LocalGov.Platform.Modularity;

/// <summary>
/// Everything the modules declared, collected once at start-up: features, permissions, settings, menus, jobs,
/// email templates and text. A name declared twice stops start-up.
/// </summary>
public sealed class PlatformDefinitions
{
    public PlatformDefinitions(ModuleCatalog catalog)
    {
        var features = new FeatureDefinitionContext();
        var permissions = new PermissionDefinitionContext();
        var settings = new SettingDefinitionContext();
        var menus = new MenuDefinitionContext();
        var jobs = new JobDefinitionContext();
        var templates = new EmailTemplateContext();
        var texts = new LocalizationContext();

        PlatformCoreDefinitions.Define(settings, templates);

        foreach (var module in catalog.Modules)
        {
            if (module.Feature is { } feature)
            {
                features.Add(feature, module.DisplayName, defaultValue: false);
            }

            features.CurrentModule = module;
            permissions.CurrentModule = module;
            menus.CurrentModule = module;
            jobs.CurrentModule = module;

            module.DefineFeatures(features);
            module.DefinePermissions(permissions);
            module.DefineSettings(settings);
            module.DefineMenus(menus);
            module.DefineJobs(jobs);
            module.DefineEmailTemplates(templates);
            module.DefineLocalization(texts);
        }

        Features = features.Definitions;
        Permissions = permissions.Definitions;
        Settings = settings.Definitions;
        MenuItems = [.. menus.Items.OrderBy(i => i.Order)];
        Jobs = jobs.Definitions;
        EmailTemplates = templates.Templates;
        Texts = texts.Texts;
    }

    public IReadOnlyDictionary<string, FeatureDefinition> Features { get; }
    public IReadOnlyDictionary<string, PermissionDefinition> Permissions { get; }
    public IReadOnlyDictionary<string, SettingDefinition> Settings { get; }
    public IReadOnlyList<MenuItemDefinition> MenuItems { get; }
    public IReadOnlyDictionary<string, RecurringJobDefinition> Jobs { get; }
    public IReadOnlyDictionary<string, EmailTemplate> EmailTemplates { get; }
    public IReadOnlyDictionary<string, LocalizedText> Texts { get; }
}
