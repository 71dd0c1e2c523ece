using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Timing;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Tax;

/// <summary>
/// The annual run: owners whose property cannot be valued are skipped with the reason and the rest assessed; once
/// the register is fixed, running the year again assesses only those left, and nobody gets a second notice or bill.
/// </summary>
public abstract class AssessmentRunTests(LocalGovHost host)
{
    private static Task<AssessmentRun> RunAsync(TaxWorld world, int year) => world.InScopeAsync(async (services, _) =>
    {
        var engine = services.GetRequiredService<AssessmentEngine>();
        var run = await engine.ClaimAsync(year, "officer", default);
        return await engine.ExecuteAsync(run.Id, batchSize: 2);
    });

    [Fact]
    public async Task AnOwnerThatCannotBeValued_IsSkippedWithTheReason_AndAssessedOnTheNextRun()
    {
        var world = await TaxWorld.CreateAsync(host);
        var year = BangkokTime.Today(host.Clock).Year;
        var shop = await world.OwnerWithLandAsync("ร้านค้า หนึ่ง", 100, LandUse.Other);          // 2.5 M × 0.3 % = 7,500
        var home = await world.OwnerWithLandAsync("บ้าน สอง", 200, LandUse.MainHome);           // 5 M, exempt
        var farm = await world.OwnerWithLandAsync("ไร่ สาม", 400, LandUse.Agricultural, zone: "Z9"); // no price for Z9 yet

        var first = await RunAsync(world, year);
        Assert.Equal(RunStatus.Completed, first.Status);
        Assert.Equal(3, first.Total);
        Assert.Equal(2, first.Assessed);
        Assert.Equal(1, first.Billed);
        Assert.Equal(1, first.NothingDue);
        Assert.Equal(7_500m, first.Amount);
        var problem = Assert.Single(first.Problems);
        Assert.Equal(farm.Code, problem.PayerCode);
        Assert.Contains("Z9", problem.Message, StringComparison.Ordinal);

        await world.InScopeAsync(async (services, _) =>
            await services.GetRequiredService<TaxRegistry>().SetPriceAsync(PriceKind.LandZone, "Z9", year, 1_000m, "ที่นา", default));
        var second = await RunAsync(world, year);
        Assert.Equal(RunStatus.Completed, second.Status);
        Assert.Empty(second.Problems);
        Assert.Equal(3, second.Assessed);

        var assessments = await world.InScopeAsync((_, db) => db.Set<TaxAssessment>().AsNoTracking().Where(a => a.Year == year).ToListAsync());
        Assert.Equal(3, assessments.Count);
        Assert.Equal(3, assessments.Select(a => a.PayerId).Distinct().Count());
        Assert.Equal(0m, assessments.Single(a => a.PayerId == farm.Id).Tax); // 400 000 baht of farmland: within the 50 M exemption
        Assert.Equal(0m, assessments.Single(a => a.PayerId == home.Id).Tax);
        var shopAssessment = assessments.Single(a => a.PayerId == shop.Id);
        Assert.Equal(7_500m, shopAssessment.Billed);
        var bill = Assert.Single(await world.BillsAsync(shopAssessment));
        Assert.Equal(7_500m, bill.Principal);
        Assert.Equal(shopAssessment.DueDate, bill.DueDate);
        Assert.Equal(1, await world.InScopeAsync((_, db) => db.Set<TaxBill>().CountAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAssessmentRunTests(SqliteHost host) : AssessmentRunTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAssessmentRunTests(PostgresHost host) : AssessmentRunTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlAssessmentRunTests(MySqlHost host) : AssessmentRunTests(host);
