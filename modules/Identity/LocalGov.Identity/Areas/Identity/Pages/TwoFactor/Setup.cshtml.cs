using LocalGov.Identity.Pages;
using LocalGov.Identity.SignIn;
using LocalGov.Identity.Users;
using LocalGov.Platform.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using LocalGov.Platform.Web;

namespace LocalGov.Identity.Areas.Identity.Pages.TwoFactor;

/// <summary>
/// TOTP (RFC 6238) with any authenticator app; ten one-time recovery codes are shown once, and can be replaced by ten
/// new ones. The key, its QR code and the codes are shown only to whoever typed the password in the last few minutes
/// (<see cref="Reauthentication"/>): others are sent to confirm it first.
/// </summary>
[LocalGov.Platform.Web.Idempotency.IdempotencyExempt] // its answer is a cookie: a replayed redirect would lack it
[Authorize]
public sealed class SetupModel(UserManager<LocalGovUser> users, SignInManager<LocalGovUser> signIn, IAuditScope audit,
    Reauthentication reauthentication) : IdentityPage
{
    public string SharedKey { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";
    public string? ReturnUrl { get; private set; }
    public bool Required { get; private set; }
    public bool Enabled { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];
    public string Continue { get; private set; } = "/";

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!reauthentication.IsRecent(HttpContext, user))
        {
            return BackTo(Reauthentication.ConfirmUrl(Request));
        }
        ReturnUrl = returnUrl;
        await LoadKeyAsync(user);
        return Page();
    }

    /// <summary>Ten new recovery codes (the old ones stop working), shown once.</summary>
    public async Task<IActionResult> OnPostRecoveryCodesAsync(string? returnUrl)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!reauthentication.IsRecent(HttpContext, user))
        {
            return BackTo(Reauthentication.ConfirmUrl(Request));
        }
        if (!user.TwoFactorEnabled)
        {
            return BackTo($"{Request.PathBase}/account/two-factor");
        }
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        audit.FileUnderTenant(user.TenantId);
        audit.AddAction("TwoFactor.RecoveryCodesRenewed", user.Email);
        Continue = await LandingAsync(user, returnUrl);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, string? returnUrl)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!reauthentication.IsRecent(HttpContext, user))
        {
            return BackTo(Reauthentication.ConfirmUrl(Request));
        }
        ReturnUrl = returnUrl;
        var cleaned = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, cleaned))
        {
            Error("รหัสไม่ถูกต้อง ตรวจสอบเวลาในโทรศัพท์แล้วลองรหัสล่าสุด", "The code is wrong. Check your phone's clock and try the newest code.");
            await LoadKeyAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        await signIn.RefreshSignInAsync(user);
        audit.FileUnderTenant(user.TenantId);
        audit.AddAction("TwoFactor.Enabled", user.Email);
        Continue = await LandingAsync(user, returnUrl);
        return Page();
    }

    private async Task LoadKeyAsync(LocalGovUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user); // a new key changes the security stamp; this session carries on
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        SharedKey = string.Join(' ', Enumerable.Range(0, (key!.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - i * 4)))).ToLowerInvariant();
        var uri = $"otpauth://totp/{Uri.EscapeDataString("LocalGov:" + user.Email)}?secret={key}&issuer=LocalGov&digits=6";
        QrCodeDataUri = QrImage.PngDataUri(uri, QrImage.Level.Q, 5);
        Required = user.RequiresTwoFactor(await users.GetRolesAsync(user)) && !user.TwoFactorEnabled;
        Enabled = user.TwoFactorEnabled;
    }
}
