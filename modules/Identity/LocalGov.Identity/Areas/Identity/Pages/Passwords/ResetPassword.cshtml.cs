using LocalGov.Identity.Pages;
using LocalGov.Identity.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace LocalGov.Identity.Areas.Identity.Pages.Passwords;

/// <summary>Sets a new password from a mailed one-time link; a closed (deactivated) account's link is refused as invalid.</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<LocalGovUser> users) : IdentityPage
{
    public Guid UserId { get; private set; }
    public string? Code { get; private set; }
    public bool Done { get; private set; }

    public void OnGet(Guid userId, string? code)
    {
        UserId = userId;
        Code = code;
    }

    public async Task OnPostAsync(Guid userId, string? code, string? password, string? confirmPassword)
    {
        UserId = userId;
        Code = code;
        if (password != confirmPassword)
        {
            Error("รหัสผ่านทั้งสองช่องไม่ตรงกัน", "The two passwords differ.");
            return;
        }
        var user = await users.FindByIdAsync(userId.ToString());
        var result = user is null || user.IsDeactivated || string.IsNullOrEmpty(code)
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ResetPasswordAsync(user, code, password ?? "");
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError("", e.Description);
            }
            return;
        }
        // ends a temporary lockout (wrong passwords); a closed account never gets this far
        await users.ResetAccessFailedCountAsync(user!);
        await users.SetLockoutEndDateAsync(user!, null);
        if (!user!.EmailConfirmed)
        {
            // the link was mailed to the address (a sign-up with an address that had an unconfirmed account): opening
            // it proves the address, and the new password replaces whatever the earlier sign-up set
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        Done = true;
    }
}
