using System.Globalization;
using System.Security.Claims;
using LocalGov.Identity.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.MultiTenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LocalGov.Identity.Users;

/// <summary>Puts who the user is into the sign-in cookie: kind, LAO or province, display name, and the 2FA state.</summary>
internal sealed class LocalGovClaimsFactory(
    UserManager<LocalGovUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<LocalGovUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(LocalGovUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(IdentityClaimTypes.Kind, user.Kind.ToString()));
        identity.AddClaim(new Claim(IdentityClaimTypes.DisplayName, user.DisplayName));
        if (user.Kind == UserKind.Staff && user.TenantId is { } tenantId)
        {
            identity.AddClaim(new Claim(TenantClaimTypes.TenantId, tenantId.ToString()));
        }
        if (user.ProvinceCode is { } province)
        {
            identity.AddClaim(new Claim(IdentityClaimTypes.Province, province));
        }
        var roleNames = await UserManager.GetRolesAsync(user);
        identity.AddClaim(new Claim(PlatformClaimTypes.TwoFactorRequired, user.RequiresTwoFactor(roleNames).ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(PlatformClaimTypes.TwoFactorEnabled, user.TwoFactorEnabled.ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
