using System.Security.Claims;
using LocalGov.Platform.Features;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Platform.Authorization;

internal sealed class PermissionChecker(
    PlatformDefinitions definitions,
    ICurrentTenant currentTenant,
    IFeatureChecker features,
    PermissionGrantCache grants) : IPermissionChecker
{
    public async ValueTask<bool> IsGrantedAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default)
    {
        if (user.Identity?.IsAuthenticated != true || !definitions.Permissions.TryGetValue(permission, out var definition))
        {
            return false;
        }

        if (PlatformClaimTypes.MissingRequiredTwoFactor(user))
        {
            return false; // an admin account works only after it has set up two-factor sign-in
        }

        if (definition.RequiresTwoFactor && user.FindFirst(PlatformClaimTypes.TwoFactorEnabled)?.Value != "True")
        {
            return false;
        }

        var userTenant = user.FindFirst(TenantClaimTypes.TenantId)?.Value;
        Guid? grantTenant;
        if (definition.Scope == PermissionScope.Tenant)
        {
            if (currentTenant.Id is not { } tenantId || userTenant != tenantId.ToString())
            {
                return false; // staff act only inside their own tenant
            }
            if (definition.Feature is { } feature && !await features.IsEnabledAsync(tenantId, feature, cancellationToken))
            {
                return false; // a disabled module's permissions are denied
            }
            grantTenant = tenantId;
        }
        else
        {
            if (userTenant is not null)
            {
                return false; // host permissions belong to host users only
            }
            grantTenant = null;
        }

        var granted = await grants.GetAsync(grantTenant, cancellationToken);
        foreach (var role in user.FindAll(ClaimTypes.Role))
        {
            if (granted.TryGetValue(role.Value, out var permissions) && permissions.Contains(permission))
            {
                return true;
            }
        }
        return false;
    }
}
