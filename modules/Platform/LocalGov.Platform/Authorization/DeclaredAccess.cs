using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace LocalGov.Platform.Authorization;

/// <summary>
/// The fallback policy: it applies to an endpoint that states neither a policy (<c>[Authorize]</c>,
/// <c>RequirePermission</c>) nor <c>[AllowAnonymous]</c>, and denies it, so a page or API someone forgot to protect is
/// closed rather than open. A request that matched no endpoint at all passes, to be answered 404.
/// </summary>
public sealed class DeclaredAccessRequirement : IAuthorizationRequirement
{
    public static AuthorizationPolicy Policy { get; } = new AuthorizationPolicyBuilder().AddRequirements(new DeclaredAccessRequirement()).Build();
}

internal sealed class DeclaredAccessHandler : AuthorizationHandler<DeclaredAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DeclaredAccessRequirement requirement)
    {
        if (context.Resource is HttpContext http && http.GetEndpoint() is null)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask; // an endpoint that states no access is denied
    }
}
