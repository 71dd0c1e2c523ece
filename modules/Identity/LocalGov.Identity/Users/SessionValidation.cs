using System.Security.Claims;
using LocalGov.Platform.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LocalGov.Identity.Users;

/// <summary>
/// Checks the sign-in cookie on every request: its security stamp must still be the account's. Sign-out, a password
/// reset, deactivation and removing a role change the stamp, so every copy of an older cookie is refused on its next
/// request, on every host node, and a closed account's cookie is refused whatever its stamp (one indexed look-up, no cache). Identity's own validator then refreshes the
/// cookie's claims at its interval.
/// </summary>
internal static class SessionValidation
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claims.SecurityStampClaimType);
        var current = Guid.TryParse(userId, out var id) && stamp is not null && await services.GetRequiredService<LocalGovDbContext>()
            .Set<LocalGovUser>().AsNoTracking().AnyAsync(u => u.Id == id && u.SecurityStamp == stamp && u.DeactivatedAt == null, context.HttpContext.RequestAborted);
        if (!current)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
