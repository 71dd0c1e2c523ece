using LocalGov.Identity.Pages;
using LocalGov.Identity.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Identity.Areas.Identity.Pages.SignIn;

[AllowAnonymous]
public sealed class LogoutModel(SignInManager<LocalGovUser> signIn) : IdentityPage
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return BackTo("/");
    }
}
