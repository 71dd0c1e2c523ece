using LocalGov.Identity.Invitations;
using LocalGov.Identity.Pages;
using LocalGov.Identity.Users;
using LocalGov.Platform.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Identity.Areas.Identity.Pages.Invitations;

/// <summary>The one-time invitation link: set a password, confirm the email, sign in. Using it changes the security stamp, so it never works twice.</summary>
[LocalGov.Platform.Web.Idempotency.IdempotencyExempt] // its answer is a cookie: a replayed redirect would lack it
[AllowAnonymous]
public sealed class AcceptModel(UserManager<LocalGovUser> users, SignInManager<LocalGovUser> signIn, IAuditScope audit,
    LocalGov.Identity.SignIn.Reauthentication reauthentication) : IdentityPage
{
    public Guid UserId { get; private set; }
    public string? Token { get; private set; }
    public bool Valid { get; private set; }
    public string? Email { get; private set; }
    public string? DisplayName { get; private set; }

    public async Task OnGetAsync(Guid userId, string? token) => await LoadAsync(userId, token);

    public async Task<IActionResult> OnPostAsync(Guid userId, string? token, string? password, string? confirmPassword)
    {
        var user = await LoadAsync(userId, token);
        if (user is null)
        {
            return Page();
        }
        if (password != confirmPassword)
        {
            Error("รหัสผ่านทั้งสองช่องไม่ตรงกัน", "The two passwords differ.");
            return Page();
        }
        var added = await users.AddPasswordAsync(user, password ?? "");
        if (!added.Succeeded)
        {
            foreach (var e in added.Errors)
            {
                ModelState.AddModelError("", e.Description);
            }
            return Page();
        }
        user.EmailConfirmed = true;
        user.InvitationPending = false;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        audit.FileUnderTenant(user.TenantId);
        audit.AddAction("Invitation.Accepted", user.Email);

        await signIn.SignInAsync(user, isPersistent: false);
        reauthentication.Mark(HttpContext, user); // the password was just chosen: setting up 2FA needs no second time
        var landing = await LandingAsync(user, null);
        return user.RequiresTwoFactor(await users.GetRolesAsync(user))
            ? BackTo($"{Request.PathBase}/account/two-factor?returnUrl={Uri.EscapeDataString(landing)}")
            : BackTo(landing);
    }

    private async Task<LocalGovUser?> LoadAsync(Guid userId, string? token)
    {
        UserId = userId;
        Token = token;
        var user = await users.FindByIdAsync(userId.ToString());
        Valid = user is { InvitationPending: true } && !string.IsNullOrEmpty(token)
            && await users.VerifyUserTokenAsync(user, InvitationTokens.Provider, InvitationTokens.Purpose, token);
        Email = user?.Email;
        DisplayName = user?.DisplayName;
        return Valid ? user : null;
    }
}
