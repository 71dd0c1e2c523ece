using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocalGov.Identity.Users;

/// <summary>
/// Identity's sign-in manager, except that a closed (deactivated) account may never sign in, by password, second
/// factor or recovery code, whatever its lockout says: a password reset clears lockouts, not deactivation.
/// </summary>
public sealed class LocalGovSignInManager(
    UserManager<LocalGovUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<LocalGovUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<LocalGovUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<LocalGovUser> confirmation)
    : SignInManager<LocalGovUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(LocalGovUser user) =>
        !user.IsDeactivated && await base.CanSignInAsync(user);
}
