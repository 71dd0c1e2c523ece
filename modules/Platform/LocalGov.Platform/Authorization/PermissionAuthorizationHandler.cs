using Microsoft.AspNetCore.Authorization;

namespace LocalGov.Platform.Authorization;

internal sealed class PermissionAuthorizationHandler(IPermissionChecker checker) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await checker.IsGrantedAsync(context.User, requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}
