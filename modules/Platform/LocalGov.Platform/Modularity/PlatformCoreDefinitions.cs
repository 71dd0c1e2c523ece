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
            new EmailTemplateText("Test email from {{tenant}}", "LocalGov for {{tenant}} can send email."))
            .Add(Satisfaction.SatisfactionSurveys.InvitationTemplate,
                new EmailTemplateText("ประเมินความพึงพอใจ: {{service}} ({{case}})",
                    "{{tenant}} ให้บริการ \"{{service}}\" เรื่อง {{case}} ของท่านเสร็จแล้ว\n\n" +
                    "กรุณาให้คะแนนความพึงพอใจ 1 ถึง 5 (ใช้เวลาไม่ถึงนาที ตอบได้ครั้งเดียว):\n{{link}}\n\n" +
                    "คะแนนของท่านช่วยให้หน่วยงานปรับปรุงบริการ เจ้าหน้าที่เห็นความเห็นของท่าน แต่ไม่มีการเปิดเผยชื่อท่านต่อสาธารณะ"),
                new EmailTemplateText("How did we do? {{service}} ({{case}})",
                    "{{tenant}} has completed \"{{service}}\" for you ({{case}}).\n\n" +
                    "Please rate it from 1 to 5 (it takes less than a minute; one answer per case):\n{{link}}\n\n" +
                    "Your rating helps the office improve. Staff read your comment; your name is never shown to the public."));
    }
}
