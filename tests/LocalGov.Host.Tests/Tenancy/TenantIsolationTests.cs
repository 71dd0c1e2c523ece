using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Notes;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Tenancy;

/// <summary>Staff of tenant A try every read and write of tenant B and get 404/403, never data.</summary>
public abstract class TenantIsolationTests(LocalGovHost host)
{
    private async Task<NoteDto> CreateBetaNoteAsync(string title)
    {
        var response = await host.StaffClient(host.Beta, RoleTemplates.TenantAdmin).PostJsonAsync("/api/notes", new CreateNote(title, null));
        return await response.ReadAsync<NoteDto>();
    }

    [Fact]
    public async Task ReadById_OfAnotherTenantsRecord_Is404()
    {
        var note = await CreateBetaNoteAsync("beta secret " + Guid.NewGuid());
        var response = await host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin).GetAsync($"/api/notes/{note.Id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        var own = await host.StaffClient(host.Beta, RoleTemplates.TenantAdmin).GetAsync($"/api/notes/{note.Id}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task Search_NeverReturnsAnotherTenantsRecords()
    {
        var marker = "isolation-" + Guid.NewGuid().ToString("N");
        await CreateBetaNoteAsync(marker);

        var alpha = await (await host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin).GetAsync($"/api/notes?q={marker}")).ReadAsync<List<NoteDto>>();
        var beta = await (await host.StaffClient(host.Beta, RoleTemplates.TenantAdmin).GetAsync($"/api/notes?q={marker}")).ReadAsync<List<NoteDto>>();
        Assert.Empty(alpha);
        Assert.Single(beta);
    }

    [Fact]
    public async Task UpdateAndDelete_OfAnotherTenantsRecord_Are404_AndChangeNothing()
    {
        var note = await CreateBetaNoteAsync("beta keeps this");
        var alpha = host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin);

        Assert.Equal(HttpStatusCode.NotFound, (await alpha.PutJsonAsync($"/api/notes/{note.Id}", new UpdateNote("taken", note.ConcurrencyStamp))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await alpha.DeleteAsync($"/api/notes/{note.Id}")).StatusCode);

        var after = await (await host.StaffClient(host.Beta, RoleTemplates.TenantAdmin).GetAsync($"/api/notes/{note.Id}")).ReadAsync<NoteDto>();
        Assert.Equal("beta keeps this", after.Title);
    }

    [Fact]
    public async Task SavingAnotherTenantsRow_Throws_EvenFromCodeThatLoadedIt()
    {
        var note = await CreateBetaNoteAsync("loaded across tenants");
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var currentTenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>();
        using (currentTenant.Change(host.Alpha))
        {
            var row = await db.Set<Note>().IgnoreQueryFilters([TenantFilter.Name]).SingleAsync(n => n.Id == note.Id);
            row.Title = "overwritten by alpha";
            await Assert.ThrowsAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task NewRows_AreStampedWithTheCurrentTenant_AndRefusedWithoutOne()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var currentTenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>();

        db.Add(new Note("NO-TENANT", "no tenant in scope", null));
        await Assert.ThrowsAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        var note = new Note("STAMPED", "stamped", null);
        using (currentTenant.Change(host.Beta))
        {
            db.Add(note);
            await db.SaveChangesAsync();
        }
        Assert.Equal(host.Beta.Id, note.TenantId);
    }

    [Fact]
    public async Task ModuleSwitchedOff_ItsEndpointsAre404_EvenForTheTenantAdmin()
    {
        var response = await host.StaffClient(host.Gamma, RoleTemplates.TenantAdmin).GetAsync("/t/gamma/api/notes");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ModuleSwitchedOff_ItsPermissionsAreDenied_AndItsMenuIsHidden()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var checker = scope.ServiceProvider.GetRequiredService<IPermissionChecker>();
        var currentTenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>();
        var gammaAdmin = Principal(host.Gamma, RoleTemplates.TenantAdmin);
        var alphaAdmin = Principal(host.Alpha, RoleTemplates.TenantAdmin);
        using (currentTenant.Change(host.Gamma))
        {
            Assert.False(await checker.IsGrantedAsync(gammaAdmin, NotesModule.Read));
        }
        using (currentTenant.Change(host.Alpha))
        {
            Assert.True(await checker.IsGrantedAsync(alphaAdmin, NotesModule.Read));
        }

        var gammaPage = await host.StaffClient(host.Gamma, RoleTemplates.TenantAdmin).GetStringAsync("/t/gamma/");
        var alphaPage = await host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin).GetStringAsync("/t/alpha/");
        Assert.DoesNotContain("data-menu=\"notes\"", gammaPage, StringComparison.Ordinal);
        Assert.Contains("data-menu=\"notes\"", alphaPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Permissions_FollowTheRoleTemplates()
    {
        var officer = host.StaffClient(host.Alpha, RoleTemplates.ComplaintsOfficer);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync("/api/notes", new CreateNote("not mine to add", null))).StatusCode);

        var cashier = host.StaffClient(host.Alpha, RoleTemplates.Cashier);
        Assert.Equal(HttpStatusCode.Forbidden, (await cashier.GetAsync("/api/notes")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.AnonymousClient().GetAsync("/t/alpha/api/notes")).StatusCode);
    }

    [Fact]
    public async Task ConcurrentEdits_TheSecondIsAConflict_NotALostUpdate()
    {
        var client = host.StaffClient(host.Beta, RoleTemplates.TenantAdmin);
        var note = await CreateBetaNoteAsync("original");
        var first = await client.PutJsonAsync($"/api/notes/{note.Id}", new UpdateNote("first edit", note.ConcurrencyStamp));
        var second = await client.PutJsonAsync($"/api/notes/{note.Id}", new UpdateNote("second edit", note.ConcurrencyStamp));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var after = await (await client.GetAsync($"/api/notes/{note.Id}")).ReadAsync<NoteDto>();
        Assert.Equal("first edit", after.Title);
    }

    [Fact]
    public async Task Delete_IsSoft_TheRowStaysForTheRecord()
    {
        var client = host.StaffClient(host.Beta, RoleTemplates.TenantAdmin);
        var note = await CreateBetaNoteAsync("to delete");
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/notes/{note.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/notes/{note.Id}")).StatusCode);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var row = await db.Set<Note>().IgnoreQueryFilters().SingleAsync(n => n.Id == note.Id);
        Assert.True(row.IsDeleted);
        Assert.Equal($"staff-beta", row.DeletedBy);
    }

    private static System.Security.Claims.ClaimsPrincipal Principal(TenantInfo tenant, string role) =>
        new(new System.Security.Claims.ClaimsIdentity(
        [
            new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "u"),
            new System.Security.Claims.Claim(TenantClaimTypes.TenantId, tenant.Id.ToString()),
            new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, role),
        ], "Test"));
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteTenantIsolationTests(SqliteHost host) : TenantIsolationTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresTenantIsolationTests(PostgresHost host) : TenantIsolationTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlTenantIsolationTests(MySqlHost host) : TenantIsolationTests(host);
