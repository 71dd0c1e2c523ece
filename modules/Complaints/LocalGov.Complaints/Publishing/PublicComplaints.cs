using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Complaints.Publishing;

/// <summary>Public list, map, statistics and open data of non-confidential complaints. Being written.</summary>
internal static class PublicComplaints
{
    public static void AddServices(IServiceCollection services) { }

    public static void Map(IEndpointRouteBuilder endpoints) { }
}
