using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Tax.Publishing;

/// <summary>The services of the resident and public tax pages; <see cref="TaxModule"/> calls <see cref="AddServices"/>.</summary>
public static class TaxPublishing
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<MyTaxes>();
        services.AddScoped<TaxpayerLinking>();
        services.AddScoped<NoticeView>();
        services.AddScoped<OnlineDeclaration>();
    }
}
