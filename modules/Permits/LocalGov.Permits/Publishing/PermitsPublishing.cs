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
