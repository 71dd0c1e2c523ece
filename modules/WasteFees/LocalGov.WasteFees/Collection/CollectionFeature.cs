using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.WasteFees.Collection;

/// <summary>Door-to-door collection and residents paying online: the services and endpoints it adds to the module.</summary>
internal static class CollectionFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<RouteBook>();
        services.AddScoped<CashCollection>();
        services.AddScoped<ResidentBills>();
        services.AddScoped<PayingPlaces>();
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // the collection pages are Razor pages; no API of their own
    }
}
