using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.WasteFees.Collection;

/// <summary>Door-to-door collection and residents paying online: the services and endpoints it adds to the module.</summary>
internal static class CollectionFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
    }
}
