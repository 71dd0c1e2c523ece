using LocalGov.Identity.Pages;
using LocalGov.Identity.Users;
using LocalGov.Platform.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Identity.Areas.Identity.Pages.SignIn;

[LocalGov.Platform.Web.Idempotency.IdempotencyExempt] // its answer is a cookie: a replayed redirect would lack it
[AllowAnonymous]
public sealed class LoginWith2faModel(SignInManager<LocalGovUser> signIn, IAuditScope audit) : IdentityPage
{
    public string? ReturnUrl { get; private set; }
    public bool RememberMe { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl, bool rememberMe)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return BackTo($"{Request.PathBase}/account/login");
        }
        ReturnUrl = returnUrl;
        RememberMe = rememberMe;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, string? returnUrl, bool rememberMe)
    {
        ReturnUrl = returnUrl;
        RememberMe = rememberMe;
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return BackTo($"{Request.PathBase}/account/login");
        }
        audit.FileUnderTenant(user.TenantId);
        var cleaned = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(cleaned, rememberMe, rememberClient: false);
        if (result.Succeeded)
        {
            audit.AddAction("SignIn.Succeeded", user.Email);
            return BackTo(await LandingAsync(user, returnUrl));
        }
        if (result.IsLockedOut)
        {
            audit.AddAction("SignIn.LockedOut", user.Email);
            Error("บัญชีถูกล็อกชั่วคราว ลองใหม่ในอีก 15 นาที", "The account is locked for 15 minutes.");
            return Page();
        }
        audit.AddAction("SignIn.Failed", $"{user.Email}: wrong two-factor code");
        Error("รหัสไม่ถูกต้องหรือหมดเวลา ลองรหัสล่าสุดในแอป", "The code is wrong or expired; use the newest code in the app.");
        return Page();
    }
}
