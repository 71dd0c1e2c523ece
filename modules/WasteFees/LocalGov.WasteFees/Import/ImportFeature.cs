using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.WasteFees.Import;

/// <summary>CSV import of service points: the services and endpoints it adds to the module.</summary>
internal static class ImportFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
    }
}
