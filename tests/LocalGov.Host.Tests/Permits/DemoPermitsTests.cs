using System.Globalization;
using System.Net;
using LocalGov.Host.Demo;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Users;
using LocalGov.Payments.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Issuing;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.Review;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Permits;

/// <summary>
/// The demo permits, seeded into an LAO provisioned as demo-city (Permits and Payments on) with the demo accounts:
/// the resident's issued food-premises notification, a building permit in review with an inspection booked, a few
/// decided ones of the last weeks; a second run adds nothing.
/// </summary>
public abstract class DemoPermitsTests(LocalGovHost host)
{
    [Fact]
    public async Task DemoCity_GetsOneIssuedPermitForTheResident_OneApplicationInReview_AndEarlierDecisions_Once()
    {
        var tenant = await host.ProvisionAsync("demo-city", "เทศบาลนครเดโม", "Demo City Municipality", ["Permits", "Payments"]);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await DemoAccounts.SeedAsync(scope.ServiceProvider, [tenant], host.Clock);
        }

        await DemoPermits.SeedAsync(host.Services, [tenant]);
        var first = await SnapshotAsync(tenant);
        await DemoPermits.SeedAsync(host.Services, [tenant]);
        var second = await SnapshotAsync(tenant);

        Assert.Equal(first, second);
        var resident = await host.InTenantAsync(tenant, s => s.GetRequiredService<UserManager<LocalGovUser>>().FindByEmailAsync(DemoAccounts.Resident));
        var officer = await host.InTenantAsync(tenant, s => s.GetRequiredService<UserManager<LocalGovUser>>()
            .FindByEmailAsync(DemoAccounts.Staff("demo-city", RoleTemplates.BuildingOfficer)));

        await host.InTenantAsync(tenant, async services =>
        {
            var db = services.GetRequiredService<LocalGovDbContext>();
            var today = BangkokTime.Today(host.Clock);
            var types = await db.Set<PermitType>().ToDictionaryAsync(t => t.Id, t => t.Code);

            // the resident's permit: issued by the payment of its fee bill, theirs in /my/permits
            var shop = await db.Set<Permit>().SingleAsync(p => p.HolderUserId == resident!.Id);
            Assert.Equal(DemoPermits.ShopName, shop.BusinessName);
            Assert.Equal(DefaultPermitTypes.FoodNotice, types[shop.PermitTypeId]);
            Assert.Equal(PermitStatus.Valid, shop.StatusOn(today));
            var shopApplication = await db.Set<PermitApplication>().SingleAsync(a => a.Id == shop.ApplicationId);
            Assert.Equal(ApplicationStatus.Issued, shopApplication.Status);
            Assert.Equal(ApplicationChannel.Online, shopApplication.Channel);
            Assert.Equal(DemoAccounts.Resident, shopApplication.ApplicantEmail);
            var bill = await services.GetRequiredService<IBilling>().FindBySourceAsync("Permits", shopApplication.Number);
            Assert.Equal(BillStatus.Paid, Assert.Single(bill).Status);

            // the building permit in review, accepted, its inspection booked ahead
            var inReview = Assert.Single(await db.Set<PermitApplication>().Where(a => a.Status == ApplicationStatus.InReview).ToListAsync());
            Assert.Equal(DefaultPermitTypes.Building, types[inReview.PermitTypeId]);
            Assert.Contains(await db.Set<ApplicationEvent>().Where(e => e.ApplicationId == inReview.Id).Select(e => e.Kind).ToListAsync(),
                k => k == ApplicationEventKind.Accepted);
            var inspection = await db.Set<Inspection>().SingleAsync(i => i.ApplicationId == inReview.Id);
            Assert.Equal(InspectionResult.Pending, inspection.Result);
            Assert.True(inspection.ScheduledOn > today);

            // documents are small valid PDFs, as an upload would have to be
            var document = await db.Set<ApplicationDocument>().FirstAsync(d => d.ApplicationId == inReview.Id);
            Assert.Equal("application/pdf", UploadedFile.Sniff(document.Data));
            Assert.StartsWith("%PDF-1.4", System.Text.Encoding.ASCII.GetString(document.Data), StringComparison.Ordinal);
            Assert.EndsWith("%%EOF\n", System.Text.Encoding.ASCII.GetString(document.Data), StringComparison.Ordinal);

            // earlier decisions were made on their own days, by the services' clock
            Assert.Contains(await db.Set<PermitApplication>().Where(a => a.DecidedOn != null).Select(a => a.DecidedOn).ToListAsync(),
                d => d < today.AddDays(-20));
        });
        Assert.Equal(6, first.Applications);
        Assert.Equal(3, first.Permits);

        // and the statistics page has something to show
        var client = new FormClient(host.AnonymousClient());
        client.Http.DefaultRequestHeaders.Add(TestAuthHandler.Header, TestAuthHandler.For(officer!.Id.ToString(), tenant.Id, RoleTemplates.BuildingOfficer));
        var today = BangkokTime.Today(host.Clock);
        var from = today.AddDays(-45).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var response = await client.Http.GetAsync($"/t/demo-city/staff/permits/stats?from={from}&to={to}");
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-total-received>6<", page, StringComparison.Ordinal);
        Assert.Contains("data-total-decided>4<", page, StringComparison.Ordinal);
        Assert.Contains("data-total-median>2<", page, StringComparison.Ordinal);
        Assert.Contains("data-total-in-time>75.0%<", page, StringComparison.Ordinal);
        Assert.Contains("data-total-open>1<", page, StringComparison.Ordinal);
        Assert.Contains("data-total-issued>3<", page, StringComparison.Ordinal);
    }

    private sealed record Counts(int Applications, int Events, int Documents, int Inspections, int Permits, int Bills);

    private Task<Counts> SnapshotAsync(TenantInfo tenant) => host.InTenantAsync(tenant, async services =>
    {
        var db = services.GetRequiredService<LocalGovDbContext>();
        return new Counts(
            await db.Set<PermitApplication>().CountAsync(), await db.Set<ApplicationEvent>().CountAsync(), await db.Set<ApplicationDocument>().CountAsync(),
            await db.Set<Inspection>().CountAsync(), await db.Set<Permit>().CountAsync(),
            await db.Set<PermitApplication>().CountAsync(a => a.BillId != null));
    });
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDemoPermitsTests(SqliteHost host) : DemoPermitsTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDemoPermitsTests(PostgresHost host) : DemoPermitsTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlDemoPermitsTests(MySqlHost host) : DemoPermitsTests(host);
