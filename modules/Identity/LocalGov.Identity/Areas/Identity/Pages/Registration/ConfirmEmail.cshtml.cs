using LocalGov.Identity.Pages;
using LocalGov.Identity.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace LocalGov.Identity.Areas.Identity.Pages.Registration;

[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<LocalGovUser> users) : IdentityPage
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(Guid userId, string? code)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        Confirmed = user is not null && !string.IsNullOrEmpty(code) && (await users.ConfirmEmailAsync(user, code)).Succeeded;
    }
}
