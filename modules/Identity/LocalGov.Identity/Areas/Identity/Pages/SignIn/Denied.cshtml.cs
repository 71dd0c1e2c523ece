using LocalGov.Identity.Pages;
using LocalGov.Platform.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Identity.Areas.Identity.Pages.SignIn;

/// <summary>Access denied — or, for an admin who has not set up two-factor sign-in yet, the way to do it.</summary>
[AllowAnonymous]
public sealed class DeniedModel : IdentityPage
{
    public IActionResult OnGet(string? returnUrl)
    {
        if (PlatformClaimTypes.MissingRequiredTwoFactor(User))
        {
            return BackTo($"{Request.PathBase}/account/two-factor?returnUrl={Uri.EscapeDataString(returnUrl ?? "")}");
        }
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
