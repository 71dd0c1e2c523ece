using LocalGov.Platform.Data;

namespace LocalGov.Platform.Tests.Data;

public sealed class ModelConventionsTests
{
    [Theory]
    [InlineData("TenantId", "tenant_id")]
    [InlineData("CreatedAt", "created_at")]
    [InlineData("PK_platform_tenants", "pk_platform_tenants")]
    [InlineData("IX_platform_tenants_Code", "ix_platform_tenants_code")]
    [InlineData("HTMLBody", "html_body")]
    [InlineData("Ref1Value", "ref1_value")]
    [InlineData("already_snake", "already_snake")]
    public void ToSnakeCase_FollowsPostgresNaming(string name, string expected) =>
        Assert.Equal(expected, ModelConventions.ToSnakeCase(name));
}
