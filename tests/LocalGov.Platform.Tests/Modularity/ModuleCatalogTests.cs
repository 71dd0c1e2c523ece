using LocalGov.Platform.Localization;
using LocalGov.Platform.Modularity;

namespace LocalGov.Platform.Tests.Modularity;

public sealed class ModuleCatalogTests
{
    private sealed class Payments : LocalGovModule
    {
        public override string Name => "Payments";
        public override LocalizedText DisplayName => new("การชำระเงิน", "Payments");
    }

    private sealed class WasteFees : LocalGovModule
    {
        public override string Name => "WasteFees";
        public override LocalizedText DisplayName => new("ค่าขยะ", "Waste fees");
        public override IReadOnlyList<Type> DependsOn => [typeof(Payments)];
    }

    [Fact]
    public void Add_WhenDependencyListedFirst_KeepsTheOrder()
    {
        var catalog = new ModuleCatalog().Add<Payments>().Add<WasteFees>();
        Assert.Equal(["Payments", "WasteFees"], catalog.Modules.Select(m => m.Name));
        Assert.Equal("Payments,WasteFees", catalog.Signature);
    }

    [Fact]
    public void Add_WhenListedBeforeItsDependency_StopsWithAMessageNamingTheFix()
    {
        var error = Assert.Throws<ModuleDependencyException>(() => new ModuleCatalog().Add<WasteFees>().Add<Payments>());
        Assert.Equal("Module 'WasteFees' depends on 'Payments', which must be listed before it in Program.cs.", error.Message);
    }

    [Fact]
    public void Add_WhenListedTwice_Stops()
    {
        var error = Assert.Throws<ModuleDependencyException>(() => new ModuleCatalog().Add<Payments>().Add<Payments>());
        Assert.Contains("listed twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionalModule_HasItsOwnFeature()
    {
        Assert.Equal("Modules.WasteFees", new WasteFees().Feature);
        Assert.Same(typeof(WasteFees), new ModuleCatalog().Add<Payments>().Add<WasteFees>().FindByFeature("Modules.WasteFees")!.GetType());
    }
}
