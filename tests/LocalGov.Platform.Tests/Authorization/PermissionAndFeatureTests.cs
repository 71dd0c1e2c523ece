using System.Security.Claims;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Features;
using LocalGov.Platform.Menus;
using LocalGov.Platform.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;
using Parks = LocalGov.Platform.Tests.PlatformFixture.ParksModule;

namespace LocalGov.Platform.Tests.Authorization;

[Collection(PlatformCollection.Name)]
public sealed class PermissionAndFeatureTests(PlatformFixture fixture)
{
    private static ClaimsPrincipal Staff(TenantInfo? tenant, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "u1") };
        if (tenant is not null)
        {
            claims.Add(new Claim(TenantClaimTypes.TenantId, tenant.Id.ToString()));
        }
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    private async Task<bool> GrantedAsync(TenantInfo? current, ClaimsPrincipal user, string permission)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(current);
        return await scope.ServiceProvider.GetRequiredService<IPermissionChecker>().IsGrantedAsync(user, permission);
    }

    [Fact]
    public async Task RoleTemplates_ReceiveTheirDefaultPermissions_AndTenantAdminReceivesAll()
    {
        Assert.True(await GrantedAsync(fixture.On, Staff(fixture.On, RoleTemplates.Cashier), Parks.Visit));
        Assert.False(await GrantedAsync(fixture.On, Staff(fixture.On, RoleTemplates.Cashier), Parks.Admin));
        Assert.True(await GrantedAsync(fixture.On, Staff(fixture.On, RoleTemplates.TenantAdmin), Parks.Admin));
        Assert.False(await GrantedAsync(fixture.On, Staff(fixture.On, RoleTemplates.RevenueOfficer), Parks.Visit));
    }

    [Fact]
    public async Task StaffOutsideTheirOwnTenant_HaveNoPermission()
    {
        Assert.False(await GrantedAsync(fixture.Unset, Staff(fixture.On, RoleTemplates.TenantAdmin), Parks.Admin));
        Assert.False(await GrantedAsync(null, Staff(fixture.On, RoleTemplates.TenantAdmin), Parks.Admin));
    }

    [Fact]
    public async Task DisabledModule_DeniesItsPermissions_EvenIfGranted()
    {
        Assert.False(await GrantedAsync(fixture.Off, Staff(fixture.Off, RoleTemplates.TenantAdmin), Parks.Admin));
    }

    [Fact]
    public async Task HostPermissions_AreSeededForTheirDefaultRoles_AndBelongToHostUsersOnly()
    {
        // HostSeeder granted Parks.Inspect to its default host roles at start
        Assert.True(await GrantedAsync(null, Staff(null, RoleTemplates.ProvincialAdmin), Parks.Inspect));
        Assert.True(await GrantedAsync(null, Staff(null, RoleTemplates.NationalAdmin), Parks.Inspect));
        Assert.False(await GrantedAsync(fixture.On, Staff(fixture.On, RoleTemplates.ProvincialAdmin), Parks.Inspect));
        Assert.False(await GrantedAsync(null, Staff(null, RoleTemplates.Cashier), Parks.Inspect));

        const string auditor = "auditor";
        Assert.False(await GrantedAsync(null, Staff(null, auditor), Parks.Inspect));
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalGov.Platform.Data.LocalGovDbContext>();
            db.Add(new PermissionGrant(null, auditor, Parks.Inspect));
            await db.SaveChangesAsync(); // the grant cache is invalidated on save
        }
        Assert.True(await GrantedAsync(null, Staff(null, auditor), Parks.Inspect));
    }

    [Fact]
    public async Task UndefinedPermission_AndAnonymousUser_AreDenied()
    {
        Assert.False(await GrantedAsync(fixture.On, Staff(fixture.On, RoleTemplates.TenantAdmin), "Parks.NoSuchThing"));
        Assert.False(await GrantedAsync(fixture.On, new ClaimsPrincipal(new ClaimsIdentity()), Parks.Visit));
    }

    [Fact]
    public async Task Feature_DefaultComesFromConfiguration_ExplicitValueWins_NoTenantMeansOff()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var features = scope.ServiceProvider.GetRequiredService<IFeatureChecker>();
        Assert.True(await features.IsEnabledAsync(fixture.On.Id, "Modules.Parks"));
        Assert.False(await features.IsEnabledAsync(fixture.Off.Id, "Modules.Parks"));
        Assert.True(await features.IsEnabledAsync(fixture.Unset.Id, "Modules.Parks")); // Features:Defaults:Modules.Parks=true
        Assert.False(await features.IsEnabledAsync(fixture.On.Id, "Modules.NotLoaded"));
        Assert.False(await features.IsEnabledAsync("Modules.Parks"));
    }

    [Fact]
    public async Task Menu_ShowsOnlyItemsOfEnabledModules_ThatTheUserMayUse()
    {
        async Task<List<string>> MenuAsync(TenantInfo tenant, MenuArea area, ClaimsPrincipal user)
        {
            await using var scope = fixture.Services.CreateAsyncScope();
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant);
            return [.. (await scope.ServiceProvider.GetRequiredService<IMenuProvider>().GetAsync(area, user)).Select(i => i.Name)];
        }

        Assert.Equal(["parks"], await MenuAsync(fixture.On, MenuArea.Resident, new ClaimsPrincipal()));
        Assert.Empty(await MenuAsync(fixture.Off, MenuArea.Resident, new ClaimsPrincipal()));
        Assert.Equal(["parks-admin"], await MenuAsync(fixture.On, MenuArea.Staff, Staff(fixture.On, RoleTemplates.TenantAdmin)));
        Assert.Empty(await MenuAsync(fixture.On, MenuArea.Staff, Staff(fixture.On, RoleTemplates.Cashier)));
    }
}

[Collection(PlatformCollection.Name)]
public sealed class PermissionBackfillTests(PlatformFixture fixture)
{
    [Fact]
    public async Task APermissionNeverSeeded_IsGrantedToItsDefaultRolesAtStart_ButOneAnAdminRemovedStaysRemoved()
    {
        const string visit = PlatformFixture.ParksModule.Visit;
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalGov.Platform.Data.LocalGovDbContext>();
            // On: as if Parks.Visit had arrived with a module upgrade — neither granted nor seeded
            db.RemoveRange(db.Set<PermissionGrant>().Where(g => g.TenantId == fixture.On.Id && g.PermissionName == visit));
            db.RemoveRange(db.Set<PermissionSeed>().Where(s => s.TenantId == fixture.On.Id && s.PermissionName == visit));
            // Unset: its admin took the cashier's grant away on purpose — seeded, not granted
            db.RemoveRange(db.Set<PermissionGrant>().Where(g => g.TenantId == fixture.Unset.Id && g.PermissionName == visit && g.RoleName == RoleTemplates.Cashier));
            await db.SaveChangesAsync();
        }

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LocalGov.Platform.Seeding.HostSeeder>().SeedAsync(CancellationToken.None);
        }

        await using var check = fixture.Services.CreateAsyncScope();
        var grants = check.ServiceProvider.GetRequiredService<LocalGov.Platform.Data.LocalGovDbContext>().Set<PermissionGrant>();
        Assert.True(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(grants,
            g => g.TenantId == fixture.On.Id && g.RoleName == RoleTemplates.Cashier && g.PermissionName == visit));
        Assert.False(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(grants,
            g => g.TenantId == fixture.Unset.Id && g.RoleName == RoleTemplates.Cashier && g.PermissionName == visit));
        Assert.False(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(grants,
            g => g.TenantId == fixture.Off.Id && g.PermissionName == visit)); // module off: nothing until it is on
    }
}
