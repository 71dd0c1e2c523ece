using LocalGov.Identity.Pages;
using LocalGov.Identity.Users;
using LocalGov.Platform.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Identity.Areas.Identity.Pages.SignIn;

/// <summary>
/// The second step with one of the recovery codes shown when two-factor sign-in was set up (a lost phone). Each code
/// works once (Identity removes it as it is used); every use and every wrong code is audited.
/// </summary>
[AllowAnonymous]
public sealed class LoginWithRecoveryCodeModel(SignInManager<LocalGovUser> signIn, UserManager<LocalGovUser> users, IAuditScope audit) : IdentityPage
{
    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return BackTo($"{Request.PathBase}/account/login");
        }
        ReturnUrl = returnUrl;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, string? returnUrl)
    {
        ReturnUrl = returnUrl;
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return BackTo($"{Request.PathBase}/account/login");
        }
        audit.FileUnderTenant(user.TenantId);
        // codes are shown as XXXXX-XXXXX; typed with spaces, without the dash or in lower case they still count
        var cleaned = new string([.. (code ?? "").Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
        if (cleaned.Length == 10)
        {
            cleaned = cleaned[..5] + "-" + cleaned[5..];
        }
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(cleaned);
        if (result.Succeeded)
        {
            audit.AddAction("SignIn.RecoveryCodeUsed", $"{user.Email}: {await users.CountRecoveryCodesAsync(user)} recovery codes left");
            return BackTo(await LandingAsync(user, returnUrl));
        }
        if (result.IsLockedOut)
        {
            audit.AddAction("SignIn.LockedOut", user.Email);
            Error("บัญชีถูกล็อกชั่วคราว ลองใหม่ในอีก 15 นาที", "The account is locked for 15 minutes.");
            return Page();
        }
        audit.AddAction("SignIn.Failed", $"{user.Email}: wrong recovery code");
        Error("รหัสสำรองไม่ถูกต้องหรือถูกใช้ไปแล้ว", "The recovery code is wrong or has been used already.");
        return Page();
    }
}
