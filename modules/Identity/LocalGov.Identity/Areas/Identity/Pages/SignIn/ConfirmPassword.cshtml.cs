using LocalGov.Identity.Pages;
using LocalGov.Identity.SignIn;
using LocalGov.Identity.Users;
using LocalGov.Platform.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Identity.Areas.Identity.Pages.SignIn;

/// <summary>
/// The signed-in person types their password again before the second factor's secrets are shown
/// (<see cref="Reauthentication"/>). Wrong passwords count as at sign-in: per address, then towards the account's lockout.
/// </summary>
[Authorize]
public sealed class ConfirmPasswordModel(UserManager<LocalGovUser> users, Reauthentication reauthentication, SignInThrottle throttle,
    IAuditScope audit) : IdentityPage
{
    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? password, string? returnUrl)
    {
        ReturnUrl = returnUrl;
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        audit.FileUnderTenant(user.TenantId);
        var address = HttpContext.Connection.RemoteIpAddress;
        if (throttle.IsThrottled(address))
        {
            Error("ใส่รหัสผ่านผิดหลายครั้งจากเครื่องนี้ กรุณารอ 15 นาทีแล้วลองใหม่",
                "Too many wrong passwords from this connection. Wait 15 minutes and try again.");
            return Page();
        }
        if (await users.IsLockedOutAsync(user) || !await users.CheckPasswordAsync(user, password ?? ""))
        {
            throttle.RecordFailure(address);
            await users.AccessFailedAsync(user);
            audit.AddAction("Reauthentication.Failed", user.Email);
            Error("รหัสผ่านไม่ถูกต้อง", "The password is wrong.");
            return Page();
        }
        reauthentication.Mark(HttpContext, user);
        audit.AddAction("Reauthentication.Succeeded", user.Email);
        return BackTo(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : $"{Request.PathBase}/account");
    }
}
