using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Complaints.Open311;

/// <summary>Open311 GeoReport v2 at /open311/v2/ (../shared/docs/OPEN311.md). Being written.</summary>
internal static class Open311Api
{
    public static void AddServices(IServiceCollection services) { }

    public static void Map(IEndpointRouteBuilder endpoints) { }
}
