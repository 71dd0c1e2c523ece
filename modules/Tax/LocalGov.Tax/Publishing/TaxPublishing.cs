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

    /// <summary>The signed-in account's id, or null (not signed in, or an id that is not one of ours).</summary>
    public static Guid? UserIdOf(System.Security.Claims.ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null;
}
