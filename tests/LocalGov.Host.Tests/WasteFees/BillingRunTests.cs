using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using LocalGov.WasteFees.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.WasteFees;

/// <summary>Monthly billing through Payments: amounts, proration, exemptions, and a run cut short then resumed.</summary>
public abstract class BillingRunTests(LocalGovHost host)
{
    private static readonly BillingPeriod October = new(2026, 10);

    [Fact]
    public async Task AMonthlyRun_BillsEveryServedPoint_ThroughPayments_WithProrationAndExemptions()
    {
        var world = await WasteWorld.CreateAsync(host);
        var whole = await world.AddPointAsync(WasteWorld.House("1"));                          // HOUSE 20 + 20
        var shop = await world.AddPointAsync(WasteWorld.House("2", "SHOP"));                   // SHOP 60 + 40
        var movedIn = await world.AddPointAsync(WasteWorld.House("3", start: "2026-10-11"));   // 21 of 31 days
        var movedOut = await world.AddPointAsync(WasteWorld.House("4", stop: "2026-10-05"));   // 5 of 31 days
        var exempt = await world.AddPointAsync(WasteWorld.House("5") with
        {
            ExemptReason = "ผู้ถือบัตรสวัสดิการแห่งรัฐ", ExemptEvidence = "บัตรเลขที่ 1234", ExemptFrom = "2026-01-01",
        });
        var halfExempt = await world.AddPointAsync(WasteWorld.House("6") with
        {
            ExemptReason = "บ้านถูกน้ำท่วม", ExemptFrom = "2026-10-01", ExemptUntil = "2026-10-15",                    // 16 of 31 billable
        });
        var gone = await world.AddPointAsync(WasteWorld.House("7", start: "2025-01-01", stop: "2026-09-30"));
        var future = await world.AddPointAsync(WasteWorld.House("8", start: "2026-11-01"));

        var run = await world.BillAsync(October);

        Assert.Equal(BillingRunStatus.Completed, run.Status);
        Assert.Equal(6, run.Total);
        Assert.Equal(5, run.Billed);
        Assert.Equal(1, run.Exempt);
        var charges = (await world.ChargesAsync()).ToDictionary(c => c.ServicePointId);
        Assert.Equal(40.00m, charges[whole.Id].Amount);
        Assert.Equal(100.00m, charges[shop.Id].Amount);
        // 20 × 21 / 31 = 13.548… → 13.55 for each of collection and disposal
        Assert.Equal(13.55m, charges[movedIn.Id].Collection);
        Assert.Equal(27.10m, charges[movedIn.Id].Amount);
        // 20 × 5 / 31 = 3.225… → 3.23 each
        Assert.Equal(6.46m, charges[movedOut.Id].Amount);
        Assert.True(charges[exempt.Id].Exempt);
        Assert.Equal(0m, charges[exempt.Id].Amount);
        Assert.Null(charges[exempt.Id].BillId);
        // 20 × 16 / 31 = 10.322… → 10.32 each
        Assert.Equal(20.64m, charges[halfExempt.Id].Amount);
        Assert.False(charges.ContainsKey(gone.Id));
        Assert.False(charges.ContainsKey(future.Id));

        var bills = await world.InScopeAsync((services, _) => services.GetRequiredService<IBilling>().FindByPayerAsync(shop.AccountNo));
        var bill = Assert.Single(bills);
        Assert.Equal(100.00m, bill.Principal);
        Assert.Equal($"{shop.AccountNo}/2026-10", bill.Source.Reference);
        Assert.Equal(charges[shop.Id].BillNumber, bill.Number);
        Assert.Equal(run.DueDate, bill.DueDate);
        Assert.Equal(new DateOnly(2026, 10, 31), run.DueDate); // billing day 1 + 30 days
    }

    [Fact]
    public async Task ARunCutShort_ThenRunAgain_BillsEveryPointExactlyOnce()
    {
        var world = await WasteWorld.CreateAsync(host);
        var points = new List<Guid>();
        for (var i = 1; i <= 230; i++)
        {
            points.Add((await world.AddPointAsync(WasteWorld.House(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).Id);
        }

        // the "crash": the run is cancelled as soon as two batches of 50 have committed, in the middle of the third
        using var crash = new CancellationTokenSource();
        var cut = await world.InScopeAsync(async (services, _) =>
        {
            var engine = services.GetRequiredService<BillingEngine>();
            var run = await engine.ClaimAsync(October, "test", default);
            var progress = new SynchronousProgress(r => { if (r.Done >= 100) crash.Cancel(); });
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.ExecuteAsync(run.Id, 50, progress, crash.Token));
            return await services.GetRequiredService<LocalGovDbContext>().Set<BillingRun>().AsNoTracking().SingleAsync(r => r.Id == run.Id);
        });
        Assert.Equal(BillingRunStatus.Stopped, cut.Status);
        Assert.Equal(100, cut.Done);
        Assert.Equal(100, (await world.ChargesAsync()).Count);

        var resumed = await world.BillAsync(October, batchSize: 50);
        var again = await world.BillAsync(October, batchSize: 50); // and once more, for good measure

        Assert.Equal(BillingRunStatus.Completed, again.Status);
        Assert.Equal(3, again.Attempts);
        Assert.Equal(230, resumed.Billed);
        var charges = await world.ChargesAsync();
        Assert.Equal(230, charges.Count);
        Assert.Equal(points.Order(), charges.Select(c => c.ServicePointId).Order());
        var billNumbers = charges.Select(c => c.BillNumber!).ToList();
        Assert.Equal(230, billNumbers.Distinct().Count());
        // Payments holds exactly one bill per point for the month, and no orphan bill from the cut batch
        var sources = await world.InScopeAsync(async (services, db) =>
        {
            var accounts = await db.Set<LocalGov.WasteFees.ServicePoints.ServicePoint>().Select(p => p.AccountNo).ToListAsync();
            var billing = services.GetRequiredService<IBilling>();
            var found = new List<BillView>();
            foreach (var account in accounts)
            {
                found.AddRange(await billing.FindByPayerAsync(account));
            }
            return found;
        });
        Assert.Equal(230, sources.Count);
        Assert.Equal(billNumbers.Order(), sources.Select(b => b.Number).Order());
        // the numbers the cut batch took went back with its transaction: the 230 bills are numbered 1 to 230
        Assert.Equal(230, billNumbers.Select(n => int.Parse(n[^6..], System.Globalization.CultureInfo.InvariantCulture)).Max());
    }

    [Fact]
    public async Task ALiveRun_CannotBeStartedTwice()
    {
        var world = await WasteWorld.CreateAsync(host);
        await world.AddPointAsync(WasteWorld.House("1"));
        await world.InScopeAsync(async (services, _) =>
        {
            var engine = services.GetRequiredService<BillingEngine>();
            await engine.ClaimAsync(October, "first", default);
            var e = await Assert.ThrowsAsync<LocalGov.Platform.Web.BusinessRuleException>(() => engine.ClaimAsync(October, "second", default));
            Assert.Equal(409, e.StatusCode);
            return 0;
        });
    }

    private sealed class SynchronousProgress(Action<BillingRun> report) : IProgress<BillingRun>
    {
        public void Report(BillingRun value) => report(value);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteBillingRunTests(SqliteHost host) : BillingRunTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresBillingRunTests(PostgresHost host) : BillingRunTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlBillingRunTests(MySqlHost host) : BillingRunTests(host);
