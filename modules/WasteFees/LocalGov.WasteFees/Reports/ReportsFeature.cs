using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.WasteFees.Reports;

/// <summary>Billed-versus-collected reports, arrears, CSV: the services and endpoints it adds to the module.</summary>
internal static class ReportsFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
    }
}
