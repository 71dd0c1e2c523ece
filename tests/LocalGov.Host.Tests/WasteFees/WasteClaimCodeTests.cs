using System.Net;
using System.Text.RegularExpressions;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Seeding;
using LocalGov.WasteFees;
using ServicePoint = LocalGov.WasteFees.ServicePoints.ServicePoint;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.WasteFees;

/// <summary>
/// Every waste-fee service point has its own random claim code: printed on the overdue notices, shown to staff who
/// manage points, re-issued by them (the old code then finds nothing; audited), and given to points from before the
/// codes existed at the next start.
/// </summary>
public abstract class WasteClaimCodeTests(LocalGovHost host)
{
    private static Task<HttpResponseMessage> LookUpAsync(WasteWorld world, ServicePoint point, string code) =>
        new FormClient(world.Host.AnonymousClient()).SubmitAsync(world.Path("/waste"), ("AccountNo", point.AccountNo), ("ClaimCode", code));

    private static Task<ServicePoint> StoredAsync(WasteWorld world, Guid id) =>
        world.InScopeAsync((_, db) => db.Set<ServicePoint>().AsNoTracking().SingleAsync(p => p.Id == id));

    [Fact]
    public async Task EachPoint_HasItsOwnCode_PrintedOnItsOverdueNotice_AndShownToStaff()
    {
        var world = await WasteWorld.CreateAsync(host);
        var first = await world.AddPointAsync(WasteWorld.House("20", start: "2025-01-01"));
        var second = await world.AddPointAsync(WasteWorld.House("21", start: "2025-01-01"));
        await world.BillAsync(Collecting.ThisMonth(host).Plus(-3));

        Assert.Matches("^[" + ClaimCode.Alphabet + "]{10}$", first.ClaimCode);
        Assert.NotEqual(first.ClaimCode, second.ClaimCode);
        var notices = await world.OfficerClient.GetPageAsync(world.Path("/staff/waste/notices?route=R1"));
        foreach (var point in new[] { first, second })
        {
            var notice = Regex.Match(notices, $"data-notice=\"{point.AccountNo}\".*?</article>", RegexOptions.Singleline).Value;
            Assert.Contains($"data-claim-code>{ClaimCode.Format(point.ClaimCode)}<", notice, StringComparison.Ordinal);
        }
        Assert.Contains($"data-claim-code>{ClaimCode.Format(first.ClaimCode)}<",
            await world.OfficerClient.GetPageAsync(world.Path($"/staff/waste/points/{first.Id}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffReissueTheCode_TheOldOneFindsNothing_TheNewOneWorks_AndItIsAudited()
    {
        var world = await WasteWorld.CreateAsync(host);
        var point = await world.AddPointAsync(WasteWorld.House("22"));
        var old = point.ClaimCode;
        Assert.Equal(HttpStatusCode.OK, (await LookUpAsync(world, point, old)).StatusCode);
        var detail = world.Path($"/staff/waste/points/{point.Id}");

        var collector = await world.CollectorClient.Http.PostAsync(detail + "?handler=ReissueCode", null);
        Assert.NotEqual(HttpStatusCode.Redirect, collector.StatusCode);
        Assert.Equal(old, (await StoredAsync(world, point.Id)).ClaimCode);

        var reissued = await world.OfficerClient.SubmitAsync(detail, [], detail + "?handler=ReissueCode");

        Assert.Equal(HttpStatusCode.Redirect, reissued.StatusCode);
        var renewed = (await StoredAsync(world, point.Id)).ClaimCode;
        Assert.NotEqual(old, renewed);
        Assert.Matches("^[" + ClaimCode.Alphabet + "]{10}$", renewed);
        Assert.Contains($"data-claim-code>{ClaimCode.Format(renewed)}<", await world.OfficerClient.GetPageAsync(detail), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await LookUpAsync(world, point, old)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LookUpAsync(world, point, renewed)).StatusCode);
        await Eventually.HoldsAsync(() => world.InScopeAsync(async (_, db) =>
            Assert.Single(await db.Set<AuditLog>().IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.TenantId == world.Tenant.Id && a.Details != null && a.Details.Contains("WasteFees.ClaimCodeReissued")).ToListAsync(),
                e => e.Details!.Contains(point.AccountNo, StringComparison.Ordinal))));
    }

    [Fact]
    public async Task PointsFromBeforeTheCodes_GetARandomOneEach_AtTheNextStart()
    {
        var world = await WasteWorld.CreateAsync(host);
        var first = await world.AddPointAsync(WasteWorld.House("23"));
        var second = await world.AddPointAsync(WasteWorld.House("24"));
        await world.InScopeAsync((_, db) => db.Set<ServicePoint>().Where(p => p.Id == first.Id || p.Id == second.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ClaimCode, "")));
        Assert.Equal(HttpStatusCode.BadRequest, (await LookUpAsync(world, first, "")).StatusCode);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            await new WasteFeesModule().SeedHostAsync(new HostSeedContext(db, scope.ServiceProvider, default));
        }

        var codes = new[] { (await StoredAsync(world, first.Id)).ClaimCode, (await StoredAsync(world, second.Id)).ClaimCode };
        Assert.All(codes, c => Assert.Matches("^[" + ClaimCode.Alphabet + "]{10}$", c));
        Assert.NotEqual(codes[0], codes[1]);
        Assert.Equal(HttpStatusCode.OK, (await LookUpAsync(world, first, codes[0])).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteWasteClaimCodeTests(SqliteHost host) : WasteClaimCodeTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresWasteClaimCodeTests(PostgresHost host) : WasteClaimCodeTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlWasteClaimCodeTests(MySqlHost host) : WasteClaimCodeTests(host);
