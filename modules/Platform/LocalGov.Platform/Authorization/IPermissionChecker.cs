using System.Security.Claims;

namespace LocalGov.Platform.Authorization;

public interface IPermissionChecker
{
    /// <summary>
    /// True when one of the user's roles holds the permission in the current tenant (or on the host, for host
    /// permissions), the permission's module feature is on, and a staff user is inside their own tenant.
    /// </summary>
    ValueTask<bool> IsGrantedAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default);
}
