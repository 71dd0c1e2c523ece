using LocalGov.Complaints;
using LocalGov.Complaints.Open311;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Demo;

/// <summary>
/// An Open311 client "Demo app" in demo-city, so an app can file complaints straight away. Its key comes from
/// <c>Demo:Open311ApiKey</c> (default <c>demo-open311-key</c>): published, like the demo passwords, so never a real one.
/// </summary>
internal static class DemoOpen311
{
    public const string ClientName = "Demo app";
    public const string DefaultKey = "demo-open311-key";

    public static string Key(IConfiguration configuration) =>
        configuration["Demo:Open311ApiKey"] is { Length: > 0 } key ? key.Trim() : DefaultKey;

    /// <summary>Adds the client once; a restart with the same key finds it by the key's hash and adds nothing.</summary>
    public static async Task SeedAsync(IServiceProvider services, TenantInfo tenant, IConfiguration configuration)
    {
        if (!tenant.Features.TryGetValue(ComplaintsModule.FeatureName, out var on) || !on)
        {
            return;
        }
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant);
        var vault = scope.ServiceProvider.GetRequiredService<IPersonalDataVault>();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var key = Key(configuration);
        var hash = vault.Hash(key);
        if (await db.Set<Open311Client>().AnyAsync(c => c.KeyHash == hash))
        {
            return;
        }
        db.Add(Open311Client.ForKey(ClientName, key, vault));
        await db.SaveChangesAsync();
    }

    public static string BannerLine(IConfiguration configuration, string url) =>
        $"  Open311:   {url}/t/demo-city/open311/v2/discovery.json — api_key of \"{ClientName}\" in demo-city: {Key(configuration)}";
}
