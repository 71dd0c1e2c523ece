using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Platform.Tests.Settings;

[Collection(PlatformCollection.Name)]
public sealed class SettingStoreTests(PlatformFixture fixture)
{
    private const string Hour = PlatformFixture.ParksModule.OpeningHour;

    [Fact]
    public async Task Value_FallsBackTenantThenGlobalThenConfigurationThenDefault()
    {
        var provider = fixture.Services.GetRequiredService<ISettingProvider>();
        var manager = fixture.Services.GetRequiredService<ISettingManager>();
        var currentTenant = fixture.Services.GetRequiredService<ICurrentTenant>();
        using var _ = currentTenant.Change(fixture.Unset);

        Assert.Equal(7, await provider.GetAsync<int>(Hour)); // configuration beats the definition's 8

        await manager.SetGlobalAsync(Hour, "6");
        Assert.Equal(6, await provider.GetAsync<int>(Hour));

        await manager.SetForTenantAsync(fixture.Unset.Id, Hour, "5");
        Assert.Equal(5, await provider.GetAsync<int>(Hour));
        using (currentTenant.Change(fixture.Off))
        {
            Assert.Equal(6, await provider.GetAsync<int>(Hour)); // another tenant keeps the global value
        }

        await manager.SetForTenantAsync(fixture.Unset.Id, Hour, null);
        await manager.SetGlobalAsync(Hour, null);
        Assert.Equal(7, await provider.GetAsync<int>(Hour));
    }

    [Fact]
    public async Task UnknownSetting_IsAnError_NotASilentNull()
    {
        var provider = fixture.Services.GetRequiredService<ISettingProvider>();
        await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetAsync("Parks.NoSuchSetting"));
    }
}
