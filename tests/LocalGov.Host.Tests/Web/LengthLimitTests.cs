using System.Net;
using LocalGov.Complaints.Workflow;
using LocalGov.Host.Tests.Complaints;
using LocalGov.Host.Tests.Complaints.Open311;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Web;

/// <summary>
/// Issue 20, item 5: no text can overflow its column as a 500. Every string with a maximum length in the model is
/// checked before the save (<c>LengthLimitInterceptor</c>): PostgreSQL and MySQL would otherwise fail mid-save
/// (SQLite stores it). The form comes back with a message naming the limit, an API answers 400, nothing is written.
/// </summary>
public abstract class LengthLimitTests(LocalGovHost host)
{
    private const string TooLong = "ข้อความยาวเกินไป";

    [Fact]
    public async Task SettingsPage_ATextOverItsColumn_IsRefused_AndNothingOfTheFormIsSaved()
    {
        var lao = await host.ProvisionAsync("len" + Guid.NewGuid().ToString("N")[..8], "เทศบาลยาว", "Length Town", ["Payments"]);
        var user = await People.CreateAsync(host, People.NewEmail("lenadmin"), UserKind.Staff, [RoleTemplates.TenantAdmin], lao.Id);
        var admin = host.ClientAs(user.Id, lao.Id, RoleTemplates.TenantAdmin);
        var billerId = new string('๑', 4_100); // the column holds 4,000

        var response = await admin.SubmitAsync($"/t/{lao.Code}/admin/settings",
            ($"values[{LocalGov.Payments.PromptPay.BillQrCode.BillerIdSetting}]", billerId), ("contactPhone", "053-999-888"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(TooLong, page, StringComparison.Ordinal);
        Assert.Contains("4,000", page, StringComparison.Ordinal);
        Assert.Contains("value=\"053-999-888\"", page, StringComparison.Ordinal); // kept as typed
        // the contact details were not saved before the settings: all or nothing
        var (phone, stored) = await host.InTenantAsync(lao, async s => (
            (await s.GetRequiredService<LocalGovDbContext>().Set<Tenant>().AsNoTracking().SingleAsync(t => t.Id == lao.Id)).ContactPhone,
            await s.GetRequiredService<ISettingProvider>().GetAsync(LocalGov.Payments.PromptPay.BillQrCode.BillerIdSetting)));
        Assert.NotEqual("053-999-888", phone);
        Assert.Null(stored);
    }

    [Fact]
    public async Task ComplaintForm_AnAddressOverItsColumn_IsRefused_WithTheFormShownAgain()
    {
        var world = await ComplaintWorld.CreateAsync(host);
        var email = People.NewEmail("lenres");
        await People.CreateAsync(host, email, UserKind.Resident, []);
        var resident = await People.SignInAsync(host, email);
        var before = await CountComplaintsAsync(world.Tenant);

        var response = await resident.SubmitWithFilesAsync(world.Path("/complaints/new"),
            [("Input.Category", "road"), ("Input.Description", "หลุมบนถนนหน้าตลาด"), ("Input.Latitude", "18.787700"),
             ("Input.Longitude", "98.993300"), ("Input.Address", new string('ก', 600))], []);

        // the filing service's own limit answers first here; either way, no 500 and the form comes back
        Assert.True((int)response.StatusCode < 500, $"{response.StatusCode}");
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("500", page, StringComparison.Ordinal); // the limit is named
        Assert.Contains("หลุมบนถนนหน้าตลาด", page, StringComparison.Ordinal); // the description is kept
        Assert.Equal(before, await CountComplaintsAsync(world.Tenant));
    }

    [Fact]
    public async Task Open311Post_AnAddressOverItsColumn_Is400_AndFilesNothing()
    {
        var lao = await Open311Lao.GetAsync(host, "o311len");
        var before = await CountComplaintsAsync(lao.Tenant);

        var response = await host.AnonymousClient().Open311PostAsync($"{lao.Root}/requests.json",
            ("api_key", lao.Key), ("service_code", "road"), ("lat", "18.7883"), ("long", "98.9853"),
            ("description", "หลุมบนถนน"), ("address_string", new string('x', 600)));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("500", Assert.Single(response.Errors()).Description, StringComparison.Ordinal);
        Assert.Equal(before, await CountComplaintsAsync(lao.Tenant));
    }

    [Fact]
    public async Task AnySave_WithATextOverItsColumn_IsRefusedBeforeTheDatabase_NamingEntityPropertyAndLimit()
    {
        var lao = await host.ProvisionAsync("lendb" + Guid.NewGuid().ToString("N")[..8], "เทศบาลยาวมาก", "Longer Town", []);
        const string name = "Payments.BillerId";
        Task<List<SettingValue>> RowsAsync() => host.InTenantAsync(lao, s => s.GetRequiredService<LocalGovDbContext>()
            .Set<SettingValue>().AsNoTracking().Where(v => v.TenantId == lao.Id && v.Name == name).ToListAsync());

        var error = await host.InTenantAsync(lao, async s =>
        {
            var db = s.GetRequiredService<LocalGovDbContext>();
            var tenant = await db.Set<Tenant>().SingleAsync(t => t.Id == lao.Id);
            tenant.SetContact("len@example.org", null); // saved with it, or not at all
            db.Add(new SettingValue(lao.Id, name, new string('x', 4_001))); // the column holds 4,000
            return await Assert.ThrowsAsync<ValueTooLongException>(() => db.SaveChangesAsync());
        });
        Assert.Equal((nameof(SettingValue), nameof(SettingValue.Value), 4_000, 4_001), (error.Entity, error.Property, error.MaxLength, error.Length));
        Assert.Contains("4,000", error.UserMessage.Th, StringComparison.Ordinal);
        Assert.Empty(await RowsAsync());
        var stored = await host.InTenantAsync(lao, s =>
            s.GetRequiredService<LocalGovDbContext>().Set<Tenant>().AsNoTracking().SingleAsync(t => t.Id == lao.Id));
        Assert.NotEqual("len@example.org", stored.ContactEmail);

        // bulk inserts (billing runs) are held to the same limits
        await host.InTenantAsync(lao, async s =>
        {
            var db = s.GetRequiredService<LocalGovDbContext>();
            var bulk = await Assert.ThrowsAsync<ValueTooLongException>(() => db.InsertManyAsync(
                [new SettingValue(lao.Id, name, "fits"), new SettingValue(lao.Id, name + "2", new string('x', 4_001))], "test", DateTime.UtcNow, default));
            Assert.Equal(nameof(SettingValue.Value), bulk.Property);
        });
        Assert.Empty(await RowsAsync());

        // a character outside the Basic Multilingual Plane is one character, as the databases count it
        await host.InTenantAsync(lao, async s =>
        {
            var db = s.GetRequiredService<LocalGovDbContext>();
            db.Add(new SettingValue(lao.Id, name, string.Concat(Enumerable.Repeat("😀", 4_000))));
            await db.SaveChangesAsync();
        });
        Assert.Single(await RowsAsync());
    }

    private Task<int> CountComplaintsAsync(TenantInfo tenant) =>
        host.InTenantAsync(tenant, s => s.GetRequiredService<LocalGovDbContext>().Set<Complaint>().CountAsync());
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteLengthLimitTests(SqliteHost host) : LengthLimitTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresLengthLimitTests(PostgresHost host) : LengthLimitTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlLengthLimitTests(MySqlHost host) : LengthLimitTests(host);
