using LocalGov.WasteFees.ServicePoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.WasteFees.Import;

/// <summary>
/// CSV import of service points, and the service-point pages' own services (search, the duplicate house-code rule):
/// the services and endpoints it adds to the module.
/// </summary>
internal static class ImportFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ServicePointImport>();
        services.AddScoped<ServicePointSearch>();
        services.AddScoped<HouseCodeDuplicates>();
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
    }
}
