using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Permits.Publishing;

/// <summary>The services of the resident and public pages; <see cref="PermitsModule"/> calls <see cref="AddServices"/>.</summary>
public static class PermitsPublishing
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<MyPermits>();
        services.AddScoped<ApplicantCase>();
    }
}

/// <summary>Who is signed in, for the resident pages.</summary>
public static class SignedIn
{
    /// <summary>The signed-in account's id, or null (not signed in, or an account id that is not one of ours).</summary>
    public static Guid? UserIdOf(System.Security.Claims.ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null;
}
