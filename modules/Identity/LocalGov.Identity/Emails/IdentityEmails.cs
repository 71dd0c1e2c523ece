using LocalGov.Platform.Emailing;

namespace LocalGov.Identity.Emails;

/// <summary>The identity module's mail, in Thai and English.</summary>
internal static class IdentityEmails
{
    public const string ConfirmEmail = "Identity.ConfirmEmail";
    public const string ResetPassword = "Identity.ResetPassword";
    public const string Invitation = "Identity.Invitation";
    public const string AccountClosed = "Identity.AccountClosed";
    public const string RegistrationAttempt = "Identity.RegistrationAttempt";
    public const string ConfirmEmailNationalIdNotLinked = "Identity.ConfirmEmailNationalIdNotLinked";
    public const string NationalIdGivenAgain = "Identity.NationalIdGivenAgain";

    private const string ConfirmTh = "เรียน {{name}}\n\nกรุณายืนยันอีเมลของคุณโดยเปิดลิงก์นี้:\n{{link}}\n\nหากคุณไม่ได้สมัครบัญชี ไม่ต้องทำอะไร";
    private const string ConfirmEn = "Dear {{name}},\n\nPlease confirm your email address by opening this link:\n{{link}}\n\nIf you did not sign up, you can ignore this message.";

    public static void Define(EmailTemplateContext context) => context
        .Add(ConfirmEmail,
            new EmailTemplateText("ยืนยันอีเมลสำหรับบัญชี LocalGov", ConfirmTh),
            new EmailTemplateText("Confirm your LocalGov email", ConfirmEn))
        .Add(ConfirmEmailNationalIdNotLinked,
            new EmailTemplateText("ยืนยันอีเมลสำหรับบัญชี LocalGov", ConfirmTh +
                "\n\nเลขประจำตัวประชาชนที่คุณกรอกผูกกับบัญชีนี้ทางออนไลน์ไม่ได้ บัญชีจึงสร้างโดยไม่มีเลขนี้ หากคุณมีบัญชี LocalGov อยู่แล้ว กรุณาใช้บัญชีเดิม (ลืมรหัสผ่านก็ขอตั้งใหม่ได้) หากเลขนี้เป็นของคุณและคุณไม่มีบัญชีอื่น กรุณาติดต่อหน่วยงานพร้อมบัตรประจำตัวประชาชน"),
            new EmailTemplateText("Confirm your LocalGov email", ConfirmEn +
                "\n\nThe national ID you entered could not be linked to this account online, so the account was made without it. If you already have a LocalGov account, please use that one (you can reset its password if you forgot it). If the ID is yours and you have no other account, contact your local government office with your ID card."))
        .Add(RegistrationAttempt,
            new EmailTemplateText("มีผู้สมัครบัญชี LocalGov ด้วยอีเมลของคุณ",
                "เรียน {{name}}\n\nมีผู้ใช้อีเมลนี้สมัครบัญชี LocalGov แต่อีเมลนี้มีบัญชีอยู่แล้ว จึงไม่ได้สร้างบัญชีใหม่\nหากเป็นคุณและลืมรหัสผ่าน ตั้งรหัสผ่านใหม่ได้จากลิงก์นี้ (ใช้ได้ครั้งเดียว ภายใน 1 วัน):\n{{link}}\nหากจำรหัสผ่านได้ เข้าสู่ระบบได้ที่ {{login}}\n\nหากไม่ใช่คุณ ไม่ต้องทำอะไร บัญชีของคุณไม่มีการเปลี่ยนแปลง"),
            new EmailTemplateText("Someone signed up to LocalGov with your email",
                "Dear {{name}},\n\nSomeone tried to sign up for a LocalGov account with this email address. It already has an account, so no new one was made.\nIf it was you and you have forgotten your password, open this link to choose a new one (it works once, within a day):\n{{link}}\nIf you remember it, sign in at {{login}}\n\nIf it was not you, ignore this message: your account is unchanged."))
        .Add(NationalIdGivenAgain,
            new EmailTemplateText("มีผู้กรอกเลขประจำตัวประชาชนของคุณเมื่อสมัครบัญชี LocalGov",
                "เรียน {{name}}\n\nมีผู้สมัครบัญชี LocalGov ใหม่โดยกรอกเลขประจำตัวประชาชนที่ผูกกับบัญชีของคุณ เลขนี้ไม่ได้ผูกกับบัญชีใหม่นั้น และบัญชีของคุณไม่มีการเปลี่ยนแปลง\nหากเป็นคุณเอง ไม่ต้องทำอะไร หากไม่ใช่ แสดงว่ามีผู้อื่นรู้เลขประจำตัวประชาชนของคุณ โปรดระวังการแอบอ้าง"),
            new EmailTemplateText("Your national ID was given in a LocalGov sign-up",
                "Dear {{name}},\n\nSomeone signed up for a new LocalGov account giving the national ID that is linked to your account. The ID was not linked to the new account, and your account is unchanged.\nIf it was you, there is nothing to do. If not, someone else knows your national ID: beware of anyone using it in your name."))
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
