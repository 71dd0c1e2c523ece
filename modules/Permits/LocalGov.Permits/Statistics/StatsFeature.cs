using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Permits.Statistics;

/// <summary>The statistics page's services; the page is /staff/permits/stats (Areas/Permits/Pages/Stats).</summary>
public static class StatsFeature
{
    public static void AddServices(IServiceCollection services) => services.AddScoped<PermitStatistics>();
}
