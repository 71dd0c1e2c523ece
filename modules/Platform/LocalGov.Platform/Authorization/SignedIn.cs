using System.Security.Claims;

namespace LocalGov.Platform.Authorization;

/// <summary>Who is signed in, for pages and services that act for the account itself.</summary>
public static class SignedIn
{
    /// <summary>The signed-in account's id, or null (not signed in, or an account id that is not one of ours).</summary>
    public static Guid? UserIdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null;
}
