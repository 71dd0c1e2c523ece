using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Seeding;
using LocalGov.Tax;
using LocalGov.Tax.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Tax;

/// <summary>
/// Every taxpayer has a random claim code: shown to the register's staff, who re-issue it (the old code then links
/// nothing; audited), and given to payers from before the codes existed at the next start.
/// </summary>
public abstract class TaxClaimCodeTests(LocalGovHost host)
{
    [Fact]
    public async Task StaffSeeAndReissueTheCode_TheOldOneLinksNothing_TheNewOneLinks_AndItIsAudited()
    {
        var world = await ResidentTaxWorld.CreateAsync(host);
        var owner = await world.OwnerAsync(60_000_000m);
        var officer = await People.CreateAsync(host, People.NewEmail("revenue"), UserKind.Staff, [RoleTemplates.RevenueOfficer], world.Lao.Id);
        var staff = host.ClientAs(officer.Id, world.Lao.Id, RoleTemplates.RevenueOfficer);
        var payerPage = world.Path($"/staff/tax/registry/payers/{owner.PayerCode}");
        Assert.Contains($"data-claim-code>{ClaimCode.Format(owner.ClaimCode)}<", await staff.GetPageAsync(payerPage), StringComparison.Ordinal);
        // the notice staff print for the post carries it too
        Assert.Contains($"data-claim-code>{ClaimCode.Format(owner.ClaimCode)}<", await staff.GetPageAsync(world.Path($"/tax/my/{owner.Notice}")), StringComparison.Ordinal);

        var reissued = await staff.SubmitAsync(payerPage, [], payerPage + "?handler=ReissueCode");

        Assert.Equal(HttpStatusCode.Redirect, reissued.StatusCode);
        var renewed = (await world.PayerAsync(owner.PayerId)).ClaimCode;
        Assert.NotEqual(owner.ClaimCode, renewed);
        Assert.Matches("^[" + ClaimCode.Alphabet + "]{10}$", renewed);
        Assert.Contains($"data-claim-code>{ClaimCode.Format(renewed)}<", await staff.GetPageAsync(payerPage), StringComparison.Ordinal);
        var old = await world.LinkAsync(world.ResidentClient, owner);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Null((await world.PayerAsync(owner.PayerId)).UserId);
        Assert.Equal(HttpStatusCode.OK, (await world.LinkAsync(world.ResidentClient, owner, renewed)).StatusCode);
        Assert.Equal(world.Resident.Id, (await world.PayerAsync(owner.PayerId)).UserId);
        await Eventually.HoldsAsync(() => world.InLaoAsync(async (_, db) =>
            Assert.Single(await db.Set<AuditLog>().IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.TenantId == world.Lao.Id && a.Details != null && a.Details.Contains("Tax.ClaimCodeReissued")).ToListAsync(),
                e => e.Details!.Contains(owner.PayerCode, StringComparison.Ordinal))));

        // a resident cannot re-issue it
        var byResident = await world.ResidentClient.Http.PostAsync(payerPage + "?handler=ReissueCode", null);
        Assert.NotEqual(HttpStatusCode.Redirect, byResident.StatusCode);
        Assert.Equal(renewed, (await world.PayerAsync(owner.PayerId)).ClaimCode);
    }

    [Fact]
    public async Task PayersFromBeforeTheCodes_GetARandomOneEach_AtTheNextStart()
    {
        var world = await ResidentTaxWorld.CreateAsync(host);
        var first = await world.OwnerAsync(1_000_000m);
        var second = await world.OwnerAsync(2_000_000m);
        await world.InLaoAsync((_, db) => db.Set<TaxPayer>().Where(p => p.Id == first.PayerId || p.Id == second.PayerId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ClaimCode, "")));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            await new TaxModule().SeedHostAsync(new HostSeedContext(db, scope.ServiceProvider, default));
        }

        var codes = new[] { (await world.PayerAsync(first.PayerId)).ClaimCode, (await world.PayerAsync(second.PayerId)).ClaimCode };
        Assert.All(codes, c => Assert.Matches("^[" + ClaimCode.Alphabet + "]{10}$", c));
        Assert.NotEqual(codes[0], codes[1]);
        Assert.Equal(HttpStatusCode.OK, (await world.LinkAsync(world.ResidentClient, first, codes[0])).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteTaxClaimCodeTests(SqliteHost host) : TaxClaimCodeTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresTaxClaimCodeTests(PostgresHost host) : TaxClaimCodeTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlTaxClaimCodeTests(MySqlHost host) : TaxClaimCodeTests(host);
