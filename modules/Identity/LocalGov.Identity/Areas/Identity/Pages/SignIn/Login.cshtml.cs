using LocalGov.Identity.Pages;
using LocalGov.Identity.SignIn;
using LocalGov.Identity.Users;
using LocalGov.Platform.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Identity.Areas.Identity.Pages.SignIn;

/// <summary>
/// Sign-in for everyone. Failures, lockouts and successes are audited under the account's LAO. The answer and its
/// cost are the same whether or not the account exists: an unknown address has a password hashed too, and "locked"
/// and "closed" (a deactivated account) are said only to whoever typed the right password. Wrong passwords are
/// throttled per address before the account locks (<see cref="SignInThrottle"/>).
/// </summary>
[LocalGov.Platform.Web.Idempotency.IdempotencyExempt] // its answer is a cookie: a replayed redirect would lack it
[AllowAnonymous]
public sealed class LoginModel(SignInManager<LocalGovUser> signIn, UserManager<LocalGovUser> users, IAuditScope audit,
    SignInThrottle throttle, IPasswordHasher<LocalGovUser> hasher, Reauthentication reauthentication,
    global::LocalGov.Identity.External.ExternalProviders providers) : IdentityPage
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    /// <summary>The digital-ID providers configured, one button each.</summary>
    public IReadOnlyList<global::LocalGov.Identity.External.ExternalProvider> Providers => providers.All;

    /// <summary>
    /// Where a digital-ID sign-in lands: the page the person came from, or this LAO's home when they opened the
    /// LAO's sign-in page directly (the provider's answer arrives at the site's root, outside /t/{code}).
    /// </summary>
    public string ExternalReturnUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : $"{Request.PathBase}/";

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        var email = (Input.Email ?? "").Trim();
        if (email.Length == 0 || string.IsNullOrEmpty(Input.Password))
        {
            Error("กรุณากรอกอีเมลและรหัสผ่าน", "Enter your email and password.");
            return Page();
        }

        var address = HttpContext.Connection.RemoteIpAddress;
        if (throttle.IsThrottled(address))
        {
            audit.AddAction("SignIn.Throttled", email);
            Error("ลงชื่อเข้าใช้ผิดหลายครั้งจากเครื่องนี้ กรุณารอ 15 นาทีแล้วลองใหม่",
                "Too many failed sign-ins from this connection. Wait 15 minutes and try again.");
            return Page();
        }

        var user = await users.FindByEmailAsync(email);
        audit.FileUnderTenant(user?.TenantId);
        if (user is null)
        {
            // the same work as for a real account, so the time taken does not tell which addresses exist
            hasher.VerifyHashedPassword(new LocalGovUser(), _dummyHash ??= hasher.HashPassword(new LocalGovUser(), Guid.NewGuid().ToString("N")), Input.Password);
            return WrongPassword(email, address);
        }
        if (user.IsDeactivated)
        {
            if (!await users.CheckPasswordAsync(user, Input.Password))
            {
                return WrongPassword(email, address); // as for an unknown address
            }
            audit.AddAction("SignIn.Deactivated", email);
            Error("บัญชีนี้ถูกปิดโดยหน่วยงานแล้ว หากคุณยังปฏิบัติงานอยู่ กรุณาติดต่อผู้ดูแลระบบของหน่วยงาน",
                "This account has been closed by its organization. If you still work there, ask its administrator.");
            return Page();
        }
        if (await users.IsLockedOutAsync(user))
        {
            if (!await users.CheckPasswordAsync(user, Input.Password))
            {
                return WrongPassword(email, address); // "locked" only for the right password: as for an unknown address
            }
            return Locked(email);
        }
        var result = await signIn.PasswordSignInAsync(email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            reauthentication.Mark(HttpContext, user); // the password was just typed: setting up 2FA needs no second time
        }
        if (result.Succeeded)
        {
            audit.AddAction("SignIn.Succeeded", email);
            return BackTo(await LandingAsync(user!, returnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            audit.AddAction("SignIn.PasswordAccepted", email);
            return BackTo($"{Request.PathBase}/account/login-2fa?rememberMe={Input.RememberMe}&returnUrl={Uri.EscapeDataString(returnUrl ?? "")}");
        }
        if (result.IsLockedOut)
        {
            audit.AddAction("SignIn.LockedOut", email); // this wrong password locked it: answered as any wrong password
            throttle.RecordFailure(address);
            Error(WrongEmailOrPassword.Thai, WrongEmailOrPassword.English);
            return Page();
        }
        // "not confirmed" only for the right password: otherwise the form would tell anyone which addresses exist
        if (result.IsNotAllowed && user is not null && await users.CheckPasswordAsync(user, Input.Password))
        {
            audit.AddAction("SignIn.NotAllowed", email);
            Error("ยังไม่ได้ยืนยันอีเมล เปิดลิงก์ในอีเมลที่เราส่งให้ก่อน", "Your email is not confirmed yet: open the link we sent you first.");
            return Page();
        }
        return WrongPassword(email, address);
    }

    private static readonly (string Thai, string English) WrongEmailOrPassword =
        ("อีเมลหรือรหัสผ่านไม่ถูกต้อง", "The email or password is wrong.");

    private static string? _dummyHash; // made by the host's own hasher, so it costs what a real account's does

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult WrongPassword(string email, System.Net.IPAddress? address)
    {
        audit.AddAction("SignIn.Failed", email);
        throttle.RecordFailure(address);
        Error(WrongEmailOrPassword.Thai, WrongEmailOrPassword.English);
        return Page();
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Locked(string email)
    {
        audit.AddAction("SignIn.LockedOut", email);
        Error("บัญชีถูกล็อกชั่วคราวเพราะใส่รหัสผ่านผิดหลายครั้ง ลองใหม่ในอีก 15 นาที หรือขอตั้งรหัสผ่านใหม่",
            "The account is locked for 15 minutes after too many wrong passwords. Try later, or reset the password.");
        return Page();
    }

    public sealed class LoginInput
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
        public bool RememberMe { get; set; }
    }
}
