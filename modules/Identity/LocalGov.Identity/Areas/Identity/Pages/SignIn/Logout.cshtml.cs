using LocalGov.Identity.Pages;
using LocalGov.Identity.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Identity.Areas.Identity.Pages.SignIn;

[LocalGov.Platform.Web.Idempotency.IdempotencyExempt] // its answer is a cookie: a replayed redirect would lack it
[AllowAnonymous]
/// <summary>
/// Signs out everywhere: the account's security stamp changes, so every copy of its cookie (this browser's, a stolen
/// one, another device's) is refused on its next request (<see cref="SessionValidation"/>).
/// </summary>
public sealed class LogoutModel(SignInManager<LocalGovUser> signIn, UserManager<LocalGovUser> users, LocalGov.Identity.SignIn.Reauthentication reauthentication) : IdentityPage
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        reauthentication.Forget(HttpContext);
        return BackTo("/");
    }
}
