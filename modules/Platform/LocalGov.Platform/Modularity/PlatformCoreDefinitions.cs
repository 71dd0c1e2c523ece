using LocalGov.Platform.Emailing;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Settings;

namespace LocalGov.Platform.Modularity;

/// <summary>Settings and templates of the platform itself.</summary>
internal static class PlatformCoreDefinitions
{
    public const string ContactEmailSetting = "Platform.ContactEmail";
    public const string TestTemplate = "Platform.Test";

    public static void Define(SettingDefinitionContext settings, EmailTemplateContext templates)
    {
        settings.Add(ContactEmailSetting, new LocalizedText("อีเมลติดต่อของหน่วยงาน", "LAO contact email"), null);
        templates.Add(TestTemplate,
            new EmailTemplateText("ทดสอบการส่งอีเมลจาก {{tenant}}", "ระบบ LocalGov ของ {{tenant}} ส่งอีเมลได้แล้ว"),
            new EmailTemplateText("Test email from {{tenant}}", "LocalGov for {{tenant}} can send email."));
    }
}
