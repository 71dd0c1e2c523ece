using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;

namespace LocalGov.Platform.Tests.MultiTenancy;

public sealed class TenantTests
{
    private static Tenant NewTenant() => new("Demo-City", "เทศบาลนครเดโม", "Demo City", TenantKind.CityMunicipality, "50");

    [Fact]
    public void Code_IsNormalizedToLowerCase() => Assert.Equal("demo-city", NewTenant().Code);

    [Theory]
    [InlineData("a")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("double--hyphen")]
    [InlineData("ไทย")]
    [InlineData("has space")]
    public void Code_WhenMalformed_IsRefusedInBothLanguages(string code)
    {
        var error = Assert.Throws<BusinessRuleException>(() => Tenant.NormalizeCode(code));
        Assert.Contains("a–z", error.UserMessage.En, StringComparison.Ordinal);
        Assert.Contains("รหัสหน่วยงาน", error.UserMessage.Th, StringComparison.Ordinal);
    }

    [Fact]
    public void ProvinceCode_MustBeTwoDigits()
    {
        var error = Assert.Throws<BusinessRuleException>(() => new Tenant("x1", "ก", "A", TenantKind.SubdistrictAdministrativeOrganization, "5"));
        Assert.Equal("provinceCode", error.Field);
    }

    [Fact]
    public void Suspend_ThenReactivate_AndNotTwice()
    {
        var tenant = NewTenant();
        tenant.Suspend("unpaid hosting");
        Assert.False(tenant.ToInfo().IsActive);
        Assert.Throws<BusinessRuleException>(() => tenant.Suspend("again"));
        tenant.Reactivate();
        Assert.True(tenant.ToInfo().IsActive);
        Assert.Null(tenant.SuspensionReason);
        Assert.Throws<BusinessRuleException>(tenant.Reactivate);
    }

    [Fact]
    public void OverlongText_IsRefusedNamingTheField_InsteadOfFailingInTheDatabase()
    {
        var tenant = NewTenant();
        var error = Assert.Throws<BusinessRuleException>(() => tenant.Suspend(new string('x', 501)));
        Assert.Equal("reason", error.Field);
        Assert.Throws<BusinessRuleException>(() => tenant.Rename(new string('ก', 201), "ok"));
        Assert.Throws<BusinessRuleException>(() => tenant.SetContact(null, new string('1', 41)));
    }

    [Fact]
    public void Features_AndHostNames_AppearInTheCachedView()
    {
        var tenant = NewTenant();
        tenant.SetFeature("Modules.Complaints", true);
        tenant.SetFeature("Modules.Complaints", false);
        tenant.AddHostName("EService.Demo-City.go.th.");
        var info = tenant.ToInfo();
        Assert.False(info.Features["Modules.Complaints"]);
        Assert.Equal(["eservice.demo-city.go.th"], info.HostNames);
    }
}
