using System.Globalization;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Platform.MultiTenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Identity.Pages;

/// <summary>What every account page shares: text in the reader's language, links back to this site, where to land after sign-in.</summary>
public abstract class IdentityPage : Platform.Web.LocalGovPageModel
{
    /// <summary>This LAO's (or the site's) address for links in mail (<see cref="Platform.Web.PublicUrls"/> says which).</summary>
    protected string BaseUrl => HttpContext.RequestServices.GetRequiredService<Platform.Web.PublicUrls>()
        .ForTenant(HttpContext.RequestServices.GetRequiredService<ICurrentTenant>().Tenant);

    protected string CultureName => CultureInfo.CurrentUICulture.Name;

    /// <summary>
    /// Where a user goes after signing in: staff to their own LAO's back office (never into another LAO), admins to
    /// the console, residents back where they were.
    /// </summary>
    protected async Task<string> LandingAsync(LocalGovUser user, string? returnUrl)
    {
        var safeReturn = !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : null;
        switch (user.Kind)
        {
            case UserKind.Staff:
                var tenant = await HttpContext.RequestServices.GetRequiredService<ITenantStore>().FindByIdAsync(user.TenantId!.Value);
                var home = $"/t/{tenant!.Code}";
                return safeReturn is not null && safeReturn.StartsWith(home + "/", StringComparison.Ordinal) ? safeReturn : home + "/staff";
            case UserKind.ProvincialAdmin or UserKind.NationalAdmin:
                return safeReturn is not null && !safeReturn.StartsWith("/t/", StringComparison.Ordinal) ? safeReturn : "/console";
            default:
                return safeReturn ?? $"{Request.PathBase}/";
        }
    }

    protected IActionResult BackTo(string url) => LocalRedirect(url);

    protected static Task<IList<string>> RolesAsync(UserManager<LocalGovUser> users, LocalGovUser user) => users.GetRolesAsync(user);
}
