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
        public override IReadOnlyList<string> Requires => ["Payments"];
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

    private sealed class Complaints : LocalGovModule
    {
        public override string Name => "Complaints";
        public override LocalizedText DisplayName => new("เรื่องร้องเรียน", "Complaints");
    }

    private sealed class Identity : LocalGovModule
    {
        public override string Name => "Identity";
        public override LocalizedText DisplayName => new("บัญชีผู้ใช้", "Accounts");
        public override bool IsOptional => false;
    }

    private sealed class Tenants : LocalGovModule
    {
        public override string Name => "Tenants";
        public override LocalizedText DisplayName => new("หน่วยงาน", "LAOs");
        public override bool IsOptional => false;
        public override IReadOnlyList<string> Requires => ["Identity"];
    }

    [Fact]
    public void CheckSelection_WhenAModuleIsOnWithoutOneItRequires_NamesBothAndBothFixes()
    {
        var catalog = new ModuleCatalog().Add<Payments>().Add<WasteFees>().Add<Complaints>();
        var problem = Assert.Single(catalog.CheckSelection(["WasteFees", "Complaints"]));
        Assert.Equal("“Waste fees” needs “Payments”: switch “Payments” on as well, or “Waste fees” off.", problem.En);
        Assert.Equal("«ค่าขยะ» ต้องใช้ «การชำระเงิน»: เปิด «การชำระเงิน» ด้วย หรือปิด «ค่าขยะ»", problem.Th);
    }

    [Fact]
    public void CheckSelection_WhenEveryRequirementIsOn_OrNothingNeedsOne_IsEmpty()
    {
        var catalog = new ModuleCatalog().Add<Payments>().Add<WasteFees>().Add<Complaints>();
        Assert.Empty(catalog.CheckSelection(["Payments", "WasteFees"]));
        Assert.Empty(catalog.CheckSelection(["Payments"]));
        Assert.Empty(catalog.CheckSelection(["Complaints"]));
        Assert.Empty(catalog.CheckSelection([]));
    }

    [Fact]
    public void CheckSelection_IgnoresRequirementsOnModulesThatAreAlwaysOn()
    {
        var catalog = new ModuleCatalog().Add<Identity>().Add<Tenants>().Add<Payments>();
        Assert.Empty(catalog.CheckSelection(["Payments"]));
    }
}
