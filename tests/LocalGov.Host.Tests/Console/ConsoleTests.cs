using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Console;

/// <summary>Provincial admins see and change only their own province's LAOs; onboarding is all-or-nothing.</summary>
public abstract class ConsoleTests(LocalGovHost host)
{
    private async Task<FormClient> ProvincialAdminAsync(string province)
    {
        var email = People.NewEmail("province" + province);
        var user = await People.CreateAsync(host, email, UserKind.ProvincialAdmin, [RoleTemplates.ProvincialAdmin], provinceCode: province, twoFactor: true);
        return await People.SignInAsync(host, email, await People.AuthenticatorKeyAsync(host, user.Id));
    }

    [Fact]
    public async Task ProvincialAdmin_SeesOnlyTheirProvincesLaos()
    {
        var bangkok = await host.ProvisionAsync("bkk-" + Guid.NewGuid().ToString("N")[..6], "เขตทดสอบ", "Test district", []);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            // move it to Bangkok (10): the test tenants are made in Chiang Mai (50)
            await db.Database.ExecuteSqlAsync($"UPDATE platform_tenants SET province_code = '10' WHERE id = {bangkok.Id}");
            scope.ServiceProvider.GetRequiredService<ITenantStore>().Invalidate();
        }

        var admin = await ProvincialAdminAsync("50");
        var dashboard = await admin.GetPageAsync("/console");
        Assert.Contains("data-lao=\"alpha\"", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-lao=\"{bangkok.Code}\"", dashboard, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/console/laos/{bangkok.Code}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/console/laos/alpha")).StatusCode);
    }

    [Fact]
    public async Task ProvincialAdmin_CannotCreateAnLaoInAnotherProvince()
    {
        var admin = await ProvincialAdminAsync("50");
        var code = "other-" + Guid.NewGuid().ToString("N")[..6];
        var response = await admin.SubmitAsync("/console/laos/new", Onboarding(code, "10", People.NewEmail("admin")));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("เฉพาะในจังหวัดของคุณ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await host.Services.GetRequiredService<ITenantStore>().FindByCodeAsync(code));
    }

    [Fact]
    public async Task Onboarding_CreatesTheLao_WithItsModules_AndInvitesItsFirstAdmin()
    {
        var admin = await ProvincialAdminAsync("50");
        var code = "new-" + Guid.NewGuid().ToString("N")[..6];
        var adminEmail = People.NewEmail("firstadmin");
        var fields = Onboarding(code, "50", adminEmail).Append(new("Input.Modules", "Notes")).Append(new("Input.Modules", "Payments")).ToList();
        var response = await admin.SubmitAsync("/console/laos/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/console/laos/{code}?created=true", response.Headers.Location!.OriginalString);

        var tenant = await host.Services.GetRequiredService<ITenantStore>().FindByCodeAsync(code);
        Assert.NotNull(tenant);
        Assert.True(tenant.Features["Modules.Notes"]);
        Assert.True(tenant.Features["Modules.Payments"]);

        var (mail, link) = await People.LastMailAsync(host, adminEmail);
        Assert.Contains("เทศบาลใหม่", mail.Subject, StringComparison.Ordinal);
        Assert.StartsWith($"http://{code}.{LocalGovHost.BaseDomain}/account/invitation?", link, StringComparison.Ordinal);

        // the invitation works once: set a password, land in the LAO (two-factor first, as an admin)
        var invitee = new FormClient(host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var accepted = await invitee.SubmitAsync(People.PathOf(link), ("password", People.Password), ("confirmPassword", People.Password));
        // the link is on the LAO's own address; an admin sets up two-factor first, then lands in the LAO's back office
        Assert.Equal($"/account/two-factor?returnUrl={Uri.EscapeDataString($"/t/{code}/staff")}", accepted.Headers.Location!.OriginalString);
        Assert.Contains("data-invitation=\"invalid\"", await new FormClient(host.CreateClient()).GetPageAsync(People.PathOf(link)), StringComparison.Ordinal);

        var dashboard = await admin.GetPageAsync("/console");
        Assert.Contains($"data-lao=\"{code}\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Onboarding_WhenTheInvitationCannotBeMade_LeavesNoLaoBehind()
    {
        var taken = People.NewEmail("taken");
        await People.CreateAsync(host, taken, UserKind.Resident, []);
        var admin = await ProvincialAdminAsync("50");
        var code = "half-" + Guid.NewGuid().ToString("N")[..6];

        var response = await admin.SubmitAsync("/console/laos/new", Onboarding(code, "50", taken));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("มีบัญชีอยู่แล้ว", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        Assert.False(await db.Set<Tenant>().AnyAsync(t => t.Code == code));
        Assert.Null(await host.Services.GetRequiredService<ITenantStore>().FindByCodeAsync(code));
    }

    [Fact]
    public async Task Onboarding_RefusesADomainAlreadyMappedToAnotherLao()
    {
        var admin = await ProvincialAdminAsync("50");
        var code = "dom-" + Guid.NewGuid().ToString("N")[..6];
        var fields = Onboarding(code, "50", People.NewEmail("dom")).Append(new("Input.HostNames", LocalGovHost.AlphaCustomDomain)).ToList();
        var response = await admin.SubmitAsync("/console/laos/new", fields);
        Assert.Contains("ของหน่วยงานอื่นแล้ว", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await host.Services.GetRequiredService<ITenantStore>().FindByCodeAsync(code));
    }

    [Fact]
    public async Task AdministerGivenToAnotherRole_StillNeedsTwoFactor()
    {
        var code = "tfa-" + Guid.NewGuid().ToString("N")[..6];
        var tenant = await host.ProvisionAsync(code, "สองขั้น", "Two factor", []);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            db.Add(new PermissionGrant(tenant.Id, RoleTemplates.Cashier, "Tenants.Administer"));
            await db.SaveChangesAsync();
        }
        var cashierEmail = People.NewEmail("tfacashier");
        await People.CreateAsync(host, cashierEmail, UserKind.Staff, [RoleTemplates.Cashier], tenant.Id);
        var cashier = await People.SignInAsync(host, cashierEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await cashier.Http.GetAsync($"/t/{code}/admin/staff")).StatusCode); // denied

        var withTwoFactorEmail = People.NewEmail("tfacashier2");
        var user = await People.CreateAsync(host, withTwoFactorEmail, UserKind.Staff, [RoleTemplates.Cashier], tenant.Id, twoFactor: true);
        var withTwoFactor = await People.SignInAsync(host, withTwoFactorEmail, await People.AuthenticatorKeyAsync(host, user.Id));
        Assert.Equal(HttpStatusCode.OK, (await withTwoFactor.Http.GetAsync($"/t/{code}/admin/staff")).StatusCode);
    }

    [Fact]
    public async Task LaoAdmin_DeactivatesALeaver_WhoCannotSignInAgain()
    {
        var adminEmail = People.NewEmail("offboarder");
        var adminUser = await People.CreateAsync(host, adminEmail, UserKind.Staff, [RoleTemplates.TenantAdmin], host.Beta.Id, twoFactor: true);
        var admin = await People.SignInAsync(host, adminEmail, await People.AuthenticatorKeyAsync(host, adminUser.Id));
        var leaverEmail = People.NewEmail("leaver");
        var leaver = await People.CreateAsync(host, leaverEmail, UserKind.Staff, [RoleTemplates.Cashier], host.Beta.Id);
        var leaverSession = await People.SignInAsync(host, leaverEmail);
        Assert.Equal(HttpStatusCode.OK, (await leaverSession.Http.GetAsync("/t/beta/staff")).StatusCode);

        var done = await admin.SubmitAsync($"/t/beta/admin/staff/{leaver.Id}", [], $"/t/beta/admin/staff/{leaver.Id}?handler=Deactivate");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("data-deactivated", await admin.GetPageAsync($"/t/beta/admin/staff/{leaver.Id}"), StringComparison.Ordinal);

        var again = await new FormClient(host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }))
            .SubmitAsync("/account/login", ("Input.Email", leaverEmail), ("Input.Password", People.Password));
        Assert.Contains("ถูกปิด", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal); // closed, not locked (issue 20, item 3)
        // existing sessions die at the next security-stamp check (every 5 minutes): the stamp has changed
        await using var scope = host.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<LocalGovUser>().AsNoTracking().SingleAsync(u => u.Id == leaver.Id);
        Assert.NotEqual(leaver.SecurityStamp, stored.SecurityStamp);
        Assert.NotNull(stored.DeactivatedAt);
        Assert.Null(stored.LockoutEnd); // deactivation is its own state, not a lockout a password reset would clear
    }

    [Fact]
    public async Task ResidentsAndStaff_CannotOpenTheConsole()
    {
        var resident = People.NewEmail("nosy");
        await People.CreateAsync(host, resident, UserKind.Resident, []);
        var client = await People.SignInAsync(host, resident);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/console")).StatusCode); // to the access-denied page
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/account/denied")).StatusCode);
    }

    [Fact]
    public async Task LaoAdmin_InvitesStaff_AndChangesTheirRoles_WhichIsAudited()
    {
        var email = People.NewEmail("betaadmin");
        var user = await People.CreateAsync(host, email, UserKind.Staff, [RoleTemplates.TenantAdmin], host.Beta.Id, twoFactor: true);
        var admin = await People.SignInAsync(host, email, await People.AuthenticatorKeyAsync(host, user.Id));

        var staffEmail = People.NewEmail("newstaff");
        // no role chosen: refused, and the name and address typed are still on the form (a role ticked before stays ticked)
        var noRole = await admin.SubmitAsync("/t/beta/admin/staff", ("displayName", "New Officer"), ("email", staffEmail));
        var noRolePage = await noRole.Content.ReadAsStringAsync();
        Assert.DoesNotContain("data-invited", noRolePage, StringComparison.Ordinal);
        Assert.Contains("value=\"New Officer\"", noRolePage, StringComparison.Ordinal);
        Assert.Contains($"value=\"{staffEmail}\"", noRolePage, StringComparison.Ordinal);
        var badAddress = await admin.SubmitAsync("/t/beta/admin/staff", ("displayName", "New Officer"), ("email", "not-an-address"), ("roles", RoleTemplates.Cashier));
        Assert.Contains($"value=\"{RoleTemplates.Cashier}\" checked=\"checked\"", await badAddress.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var invited = await admin.SubmitAsync("/t/beta/admin/staff", ("displayName", "New Officer"), ("email", staffEmail), ("roles", RoleTemplates.Cashier));
        Assert.Contains($"data-invited=\"{staffEmail}\"", await invited.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = host.Services.CreateAsyncScope();
        var member = await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<LocalGovUser>().SingleAsync(u => u.Email == staffEmail);
        Assert.Equal(host.Beta.Id, member.TenantId);
        var changed = await admin.SubmitAsync($"/t/beta/admin/staff/{member.Id}", ("roles", RoleTemplates.Cashier), ("roles", RoleTemplates.RevenueOfficer));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var staffPage = await admin.GetPageAsync("/t/beta/admin/staff");
        Assert.Contains("เจ้าหน้าที่จัดเก็บรายได้", staffPage, StringComparison.Ordinal);

        var auditPage = await Eventually.HoldsAsync(async () =>
        {
            var page = await admin.GetPageAsync("/t/beta/admin/audit");
            Assert.Contains($"/admin/staff/{member.Id}", page, StringComparison.Ordinal);
            return page;
        });
        Assert.Contains("SignIn.Succeeded", auditPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_CountsStaffAndOpenWork_FromTheModulesContracts()
    {
        var code = "dash-" + Guid.NewGuid().ToString("N")[..6];
        var tenant = await host.ProvisionAsync(code, "นับงาน", "Counting", ["Notes"]); // seeds one unreviewed note
        await People.CreateAsync(host, People.NewEmail("counted"), UserKind.Staff, [RoleTemplates.Cashier], tenant.Id);
        await host.StaffClient(tenant, RoleTemplates.TenantAdmin).PostJsonAsync($"/t/{code}/api/notes", new LocalGov.Host.Tests.Notes.CreateNote("todo", null));

        var admin = await ProvincialAdminAsync("50");
        var page = await admin.GetPageAsync("/console");
        var row = System.Text.RegularExpressions.Regex.Match(page, $"data-lao=\"{code}\"(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains("<td data-staff-count>1</td>", row, StringComparison.Ordinal);
        Assert.Contains("<td data-open-work>2</td>", row, StringComparison.Ordinal);
        Assert.Contains("บันทึก", row, StringComparison.Ordinal); // the module is listed
    }

    [Fact]
    public async Task ProvincialAdmin_SuspendsAndReactivatesAnLao()
    {
        var code = "susp-" + Guid.NewGuid().ToString("N")[..6];
        await host.ProvisionAsync(code, "ระงับทดสอบ", "Suspension test", []);
        var admin = await ProvincialAdminAsync("50");

        var suspended = await admin.SubmitAsync($"/console/laos/{code}", [new("reason", "งบประมาณค้างชำระ")], $"/console/laos/{code}?handler=Suspend");
        Assert.Equal(HttpStatusCode.Redirect, suspended.StatusCode);
        var visitor = new FormClient(host.CreateClient());
        var closed = await visitor.Http.GetAsync($"/t/{code}/");
        Assert.Equal(HttpStatusCode.Forbidden, closed.StatusCode);
        Assert.Contains("ถูกระงับชั่วคราว", await closed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await admin.SubmitAsync($"/console/laos/{code}", [], $"/console/laos/{code}?handler=Reactivate");
        Assert.Equal(HttpStatusCode.OK, (await visitor.Http.GetAsync($"/t/{code}/")).StatusCode);
    }

    [Fact]
    public async Task LaoAdmin_EditsRolePermissions_AndTheyTakeEffectAtOnce()
    {
        var code = "roles-" + Guid.NewGuid().ToString("N")[..6];
        var tenant = await host.ProvisionAsync(code, "สิทธิ์", "Roles", ["Notes"]);
        var adminEmail = People.NewEmail("rolesadmin");
        var adminUser = await People.CreateAsync(host, adminEmail, UserKind.Staff, [RoleTemplates.TenantAdmin], tenant.Id, twoFactor: true);
        var admin = await People.SignInAsync(host, adminEmail, await People.AuthenticatorKeyAsync(host, adminUser.Id));
        var cashierEmail = People.NewEmail("rolescashier");
        await People.CreateAsync(host, cashierEmail, UserKind.Staff, [RoleTemplates.Cashier], tenant.Id);
        var cashier = await People.SignInAsync(host, cashierEmail);
        Assert.Equal(HttpStatusCode.OK, (await cashier.Http.GetAsync($"/t/{code}/staff")).StatusCode);

        var page = await admin.GetPageAsync($"/t/{code}/admin/roles");
        Assert.Contains("Notes.Read", page, StringComparison.Ordinal); // the enabled module's permissions are listed
        // keep every current grant except the cashier's back-office access, and give the cashier Notes.Read
        var kept = System.Text.RegularExpressions.Regex.Matches(page, "value=\"([^\"]+)\"[^>]*checked")
            .Select(m => m.Groups[1].Value).Where(v => v != $"{RoleTemplates.Cashier}|{TenantsPermissionNames.StaffArea}")
            .Append($"{RoleTemplates.Cashier}|Notes.Read")
            .Select(v => new KeyValuePair<string, string>("grants", v)).ToList();
        var saved = await admin.SubmitAsync($"/t/{code}/admin/roles", kept);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await cashier.Http.GetAsync($"/t/{code}/staff")).StatusCode); // denied now
        var notes = new HttpRequestMessage(HttpMethod.Get, $"/t/{code}/api/notes");
        notes.Headers.Accept.Clear();
        Assert.Equal(HttpStatusCode.OK, (await cashier.Http.SendAsync(notes)).StatusCode);

        await using var scope = host.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<LocalGov.Platform.Auditing.AuditEntityChange>()
            .AnyAsync(c => c.EntityType == nameof(PermissionGrant) && c.ChangeType == LocalGov.Platform.Auditing.AuditChangeType.Deleted));
    }

    private static class TenantsPermissionNames
    {
        public const string StaffArea = "Tenants.StaffArea";
    }

    private static List<KeyValuePair<string, string>> Onboarding(string code, string province, string adminEmail) =>
    [
        new("Input.Code", code), new("Input.NameTh", "เทศบาลใหม่"), new("Input.NameEn", "New Municipality"),
        new("Input.Kind", nameof(TenantKind.SubdistrictMunicipality)), new("Input.ProvinceCode", province),
        new("Input.ContactEmail", "saraban@new.example.go.th"), new("Input.AdminName", "ผู้ดูแลคนแรก"), new("Input.AdminEmail", adminEmail),
    ];
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteConsoleTests(SqliteHost host) : ConsoleTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresConsoleTests(PostgresHost host) : ConsoleTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlConsoleTests(MySqlHost host) : ConsoleTests(host);
