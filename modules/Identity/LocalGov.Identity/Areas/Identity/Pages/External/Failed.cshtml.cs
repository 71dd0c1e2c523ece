using LocalGov.Identity.External;
using LocalGov.Identity.Pages;
using LocalGov.Platform.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Identity.Areas.Identity.Pages.External;

/// <summary>
/// Where a provider's answer that could not be trusted or used ends (<see cref="ExternalFailure"/>): a wrong
/// signature, a refused or replayed code, a provider that stopped answering, the person saying no. It says what
/// happened in the reader's language, and audits it (the sign-in handler itself runs before the audit log does).
/// </summary>
[AllowAnonymous]
public sealed class FailedModel(ExternalProviders providers, IAuditScope audit) : IdentityPage
{
    public string Reason { get; private set; } = ExternalFailure.Other;
    public string Message { get; private set; } = "";

    public void OnGet(string? provider, string? reason)
    {
        var chosen = providers.Find(provider);
        var th = chosen?.DisplayName.Th ?? "ผู้ให้บริการยืนยันตัวตน";
        var en = chosen?.DisplayName.En ?? "The identity provider";
        Reason = reason is ExternalFailure.Signature or ExternalFailure.Code or ExternalFailure.Unavailable
            or ExternalFailure.Denied or ExternalFailure.Expired ? reason : ExternalFailure.Other;
        Message = Reason switch
        {
            ExternalFailure.Signature => T($"คำตอบที่ได้รับไม่มีลายมือชื่อที่ถูกต้องของ {th} จึงไม่ได้ใช้คำตอบนั้น",
                $"The answer did not carry a valid signature of {en}, so it was not used."),
            ExternalFailure.Code => T($"{th} ไม่ยอมรับรหัสยืนยัน (ใช้ไปแล้วหรือหมดอายุ) กรุณาเริ่มเข้าสู่ระบบใหม่",
                $"{en} refused the authorization code (already used or expired). Please start signing in again."),
            ExternalFailure.Unavailable => T($"ติดต่อ {th} ไม่ได้ในขณะนี้ กรุณาลองใหม่ภายหลัง หรือเข้าสู่ระบบด้วยอีเมลและรหัสผ่าน",
                $"{en} cannot be reached right now. Try again later, or sign in with your email and password."),
            ExternalFailure.Denied => T("ท่านไม่ได้อนุญาตให้ส่งข้อมูลตัวตน", "You did not allow your identity to be shared."),
            ExternalFailure.Expired => T("คำตอบนี้ไม่ได้มาจากการเข้าสู่ระบบที่เริ่มจากเบราว์เซอร์นี้ หรือใช้ไปแล้ว กรุณาเริ่มเข้าสู่ระบบใหม่",
                "This answer does not belong to a sign-in started in this browser, or was already used. Please start signing in again."),
            _ => T("เข้าสู่ระบบไม่สำเร็จ กรุณาลองใหม่", "Signing in did not work. Please try again."),
        };
        audit.AddAction("ExternalSignIn.Failed", $"{chosen?.Name ?? "?"}: {Reason}");
        Response.StatusCode = Reason == ExternalFailure.Unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest;
    }
}
