using LocalGov.Platform.Emailing;

namespace LocalGov.Identity.Emails;

/// <summary>The identity module's mail, in Thai and English.</summary>
internal static class IdentityEmails
{
    public const string ConfirmEmail = "Identity.ConfirmEmail";
    public const string ResetPassword = "Identity.ResetPassword";
    public const string Invitation = "Identity.Invitation";
    public const string AccountClosed = "Identity.AccountClosed";

    public static void Define(EmailTemplateContext context) => context
        .Add(ConfirmEmail,
            new EmailTemplateText("ยืนยันอีเมลสำหรับบัญชี LocalGov",
                "เรียน {{name}}\n\nกรุณายืนยันอีเมลของคุณโดยเปิดลิงก์นี้:\n{{link}}\n\nหากคุณไม่ได้สมัครบัญชี ไม่ต้องทำอะไร"),
            new EmailTemplateText("Confirm your LocalGov email",
                "Dear {{name}},\n\nPlease confirm your email address by opening this link:\n{{link}}\n\nIf you did not sign up, you can ignore this message."))
        .Add(ResetPassword,
            new EmailTemplateText("ตั้งรหัสผ่านใหม่สำหรับบัญชี LocalGov",
                "เรียน {{name}}\n\nเปิดลิงก์นี้เพื่อตั้งรหัสผ่านใหม่ (ใช้ได้ครั้งเดียว ภายใน 1 วัน):\n{{link}}\n\nหากคุณไม่ได้ขอ ไม่ต้องทำอะไร รหัสผ่านเดิมยังใช้ได้"),
            new EmailTemplateText("Reset your LocalGov password",
                "Dear {{name}},\n\nOpen this link to choose a new password (it works once, within a day):\n{{link}}\n\nIf you did not ask for this, ignore it: your password is unchanged."))
        .Add(AccountClosed,
            new EmailTemplateText("บัญชี LocalGov ของคุณถูกปิดแล้ว",
                "เรียน {{name}}\n\nมีผู้ขอตั้งรหัสผ่านใหม่สำหรับบัญชีนี้ แต่บัญชีถูกปิดโดยหน่วยงานแล้ว การตั้งรหัสผ่านใหม่จึงเปิดบัญชีไม่ได้\nหากคุณยังปฏิบัติงานอยู่ กรุณาติดต่อผู้ดูแลระบบของหน่วยงาน หากคุณไม่ได้ขอ ไม่ต้องทำอะไร"),
            new EmailTemplateText("Your LocalGov account is closed",
                "Dear {{name}},\n\nSomeone asked to reset the password of this account, but its organization has closed it, and a new password cannot reopen it.\nIf you still work there, ask its administrator. If you did not ask, ignore this message."))
        .Add(Invitation,
            new EmailTemplateText("คำเชิญเข้าใช้ LocalGov — {{organization}}",
                "เรียน {{name}}\n\nคุณได้รับเชิญให้ใช้ระบบ LocalGov ของ {{organization}} ในฐานะ {{role}}\nเปิดลิงก์นี้เพื่อตั้งรหัสผ่าน (ใช้ได้ครั้งเดียว ภายใน 7 วัน):\n{{link}}"),
            new EmailTemplateText("Your LocalGov invitation — {{organization}}",
                "Dear {{name}},\n\nYou are invited to LocalGov for {{organization}} as {{role}}.\nOpen this link to set your password (it works once, within 7 days):\n{{link}}"));
}
