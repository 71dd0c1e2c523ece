using LocalGov.Platform.Emailing;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Settings;

namespace LocalGov.Platform.Modularity;

/// <summary>Settings and templates of the platform itself.</summary>
internal static class PlatformCoreDefinitions
{
    public const string TestTemplate = "Platform.Test";

    public static void Define(SettingDefinitionContext settings, EmailTemplateContext templates)
    {
        // The LAO's contact email is the tenant's own field (the settings page shows it once, above the settings).
        _ = settings;
        templates.Add(TestTemplate,
            new EmailTemplateText("ทดสอบการส่งอีเมลจาก {{tenant}}", "ระบบ LocalGov ของ {{tenant}} ส่งอีเมลได้แล้ว"),
            new EmailTemplateText("Test email from {{tenant}}", "LocalGov for {{tenant}} can send email."));
    }
}
