using System.Net;
using LocalGov.Complaints.Categories;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Console;

/// <summary>
/// An LAO's modules after onboarding: switched on and off from the province console, never into a state where a
/// module is on without one it requires (WasteFees, Tax and Permits bill through Payments).
/// </summary>
public abstract class ModuleSwitchTests(LocalGovHost host)
{
    private const string WasteNeedsPaymentsTh = "«ค่าธรรมเนียมเก็บขนขยะ» ต้องใช้ «รับชำระเงิน»";

    private async Task<FormClient> ProvincialAdminAsync()
    {
        var email = People.NewEmail("modules50");
        var user = await People.CreateAsync(host, email, UserKind.ProvincialAdmin, [RoleTemplates.ProvincialAdmin], provinceCode: "50", twoFactor: true);
        return await People.SignInAsync(host, email, await People.AuthenticatorKeyAsync(host, user.Id));
    }

    private static Task<HttpResponseMessage> SwitchAsync(FormClient admin, string code, params string[] modules) =>
        admin.SubmitAsync($"/console/laos/{code}", [.. modules.Select(m => new KeyValuePair<string, string>("modules", m))],
            $"/console/laos/{code}?handler=Modules");

    private async Task<TenantInfo> TenantAsync(string code)
    {
        var store = host.Services.GetRequiredService<ITenantStore>();
        store.Invalidate();
        return (await store.FindByCodeAsync(code))!;
    }

    private async Task<T> InTenantAsync<T>(TenantInfo tenant, Func<LocalGovDbContext, Task<T>> read)
    {
        await using var scope = host.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant);
        return await read(scope.ServiceProvider.GetRequiredService<LocalGovDbContext>());
    }

    [Fact]
    public async Task SwitchedOnLater_TheModuleGetsItsSeedDataAndGrants_AndItsPagesOpen()
    {
        var code = "mods-" + Guid.NewGuid().ToString("N")[..6];
        await host.ProvisionAsync(code, "โมดูลทดสอบ", "Modules test", []);
        var visitor = new FormClient(host.CreateClient());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync($"/t/{code}/complaints/new")).StatusCode);
        var admin = await ProvincialAdminAsync();

        var saved = await SwitchAsync(admin, code, "Complaints");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/console/laos/{code}?modulesSaved=true", saved.Headers.Location!.OriginalString);
        Assert.Contains("data-modules-saved", await admin.GetPageAsync(saved.Headers.Location.OriginalString), StringComparison.Ordinal);

        var tenant = await TenantAsync(code);
        Assert.True(tenant.Features["Modules.Complaints"]);
        Assert.False(tenant.Features["Modules.Payments"]);
        Assert.Equal(HttpStatusCode.OK, (await visitor.Http.GetAsync($"/t/{code}/complaints/new")).StatusCode);
        var categories = await InTenantAsync(tenant, db => db.Set<Category>().CountAsync());
        Assert.True(categories > 0, "the module's default categories are seeded when it is switched on");
        var grants = await InTenantAsync(tenant, db => db.Set<PermissionGrant>()
            .Where(g => g.TenantId == tenant.Id && g.RoleName == RoleTemplates.ComplaintsOfficer && g.PermissionName.StartsWith("Complaints."))
            .CountAsync());
        Assert.True(grants > 0, "the complaints officer gets the module's permissions");

        // off: its pages are gone, its records kept; on again: nothing seeded twice
        Assert.Equal(HttpStatusCode.Redirect, (await SwitchAsync(admin, code)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync($"/t/{code}/complaints/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SwitchAsync(admin, code, "Complaints")).StatusCode);
        Assert.Equal(categories, await InTenantAsync(await TenantAsync(code), db => db.Set<Category>().CountAsync()));
    }

    [Fact]
    public async Task AModuleWithoutTheOneItRequires_IsRefused_NamingBoth_AndNothingChanges()
    {
        var code = "modr-" + Guid.NewGuid().ToString("N")[..6];
        await host.ProvisionAsync(code, "โมดูลทดสอบ", "Modules test", ["Complaints"]);
        var admin = await ProvincialAdminAsync();

        var refused = await SwitchAsync(admin, code, "Complaints", "WasteFees");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains(WasteNeedsPaymentsTh, page, StringComparison.Ordinal);
        Assert.Contains("value=\"WasteFees\" checked=\"checked\"", page, StringComparison.Ordinal); // the choice is kept to fix
        var tenant = await TenantAsync(code);
        Assert.False(tenant.Features["Modules.WasteFees"]);
        Assert.True(tenant.Features["Modules.Complaints"]);

        // with Payments it goes through; then Payments cannot be switched off under WasteFees
        Assert.Equal(HttpStatusCode.Redirect, (await SwitchAsync(admin, code, "Complaints", "WasteFees", "Payments")).StatusCode);
        var stranded = await SwitchAsync(admin, code, "Complaints", "WasteFees");
        Assert.Equal(HttpStatusCode.BadRequest, stranded.StatusCode);
        Assert.Contains(WasteNeedsPaymentsTh, await stranded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True((await TenantAsync(code)).Features["Modules.Payments"]);
    }

    [Fact]
    public async Task Onboarding_WithAModuleButNotTheOneItRequires_CreatesNoLao_AndSendsNoMail()
    {
        var admin = await ProvincialAdminAsync();
        var code = "modo-" + Guid.NewGuid().ToString("N")[..6];
        var adminEmail = People.NewEmail("modsadmin");
        List<KeyValuePair<string, string>> fields =
        [
            new("Input.Code", code), new("Input.NameTh", "เทศบาลใหม่"), new("Input.NameEn", "New Municipality"),
            new("Input.Kind", nameof(TenantKind.SubdistrictMunicipality)), new("Input.ProvinceCode", "50"),
            new("Input.AdminName", "ผู้ดูแลคนแรก"), new("Input.AdminEmail", adminEmail), new("Input.Modules", "Tax"),
        ];
        var refused = await admin.SubmitAsync("/console/laos/new", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode); // the form again, with the error (as for its other refusals)
        Assert.Contains("ต้องใช้ «รับชำระเงิน»", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await TenantAsync(code));
        await using var scope = host.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<OutboxEmail>().IgnoreQueryFilters()
            .AnyAsync(m => m.To == adminEmail));
    }

    [Fact]
    public async Task OnlyTheProvincesOnboarders_SwitchModules()
    {
        var code = "modp-" + Guid.NewGuid().ToString("N")[..6];
        var tenant = await host.ProvisionAsync(code, "โมดูลทดสอบ", "Modules test", []);
        var lao = await People.CreateAsync(host, People.NewEmail("modslao"), UserKind.Staff, [RoleTemplates.TenantAdmin], tenant.Id);
        var laoAdmin = host.ClientAs(lao.Id, tenant.Id, RoleTemplates.TenantAdmin);
        var response = await laoAdmin.Http.PostAsync($"/console/laos/{code}?handler=Modules", new FormUrlEncodedContent([new("modules", "Complaints")]));
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.IsSuccessStatusCode);
        Assert.False((await TenantAsync(code)).Features["Modules.Complaints"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteModuleSwitchTests(SqliteHost host) : ModuleSwitchTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresModuleSwitchTests(PostgresHost host) : ModuleSwitchTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlModuleSwitchTests(MySqlHost host) : ModuleSwitchTests(host);
