using LocalGov.Tax.Import;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Tax.Registry;

/// <summary>The services of the staff register pages: search and CSV import.</summary>
public static class RegistryStaffFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<RegistrySearch>();
        services.AddScoped<RegistryImport>();
    }
}
