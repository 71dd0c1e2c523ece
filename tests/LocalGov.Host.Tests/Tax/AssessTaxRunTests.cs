using System.Globalization;
using System.Net;
using System.Text.Json;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Numbering;
using LocalGov.Platform.Timing;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Notifications;
using LocalGov.Tax.Rates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Tax;

/// <summary>The annual run from the staff page with its progress JSON, a run cut short and run again, and who may run it.</summary>
public abstract class AssessTaxRunTests(LocalGovHost host)
{
    [Fact]
    public async Task StaffStartTheYear_FromThePage_ProgressReachesCompleted_AndEveryOwnerHasOneAssessmentAndOneBill()
    {
        var world = await AssessTaxWorld.CreateAsync(host);
        var email = People.NewEmail("owner");
        for (var i = 1; i <= 7; i++)
        {
            await world.AddOwnerAsync($"เจ้าของ {i}", squareWa: 10 * i, email: i == 2 ? email : null);
        }
        var (skipped, _) = await world.AddOwnerAsync("ไม่มีราคา", priceCode: "NOPE");
        var year = BangkokTime.Today(host.Clock).Year;

        var response = await world.OfficerClient.SubmitAsync(world.Path("/staff/tax/assessment"), ("Year", year.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var runId = new Uri(new Uri("http://x"), response.Headers.Location!).Query.Split("run=")[1];
        JsonElement progress = default;
        for (var i = 0; i < 200; i++)
        {
            progress = JsonDocument.Parse(await world.OfficerClient.Http.GetStringAsync(world.Path($"/api/tax/assessment/runs/{runId}"))).RootElement;
            if (progress.GetProperty("status").GetString() != "Running")
            {
                break;
            }
            await Task.Delay(100);
        }
        Assert.Equal("Completed", progress.GetProperty("status").GetString());
        Assert.Equal(100, progress.GetProperty("percent").GetInt32());
        Assert.Equal(7, progress.GetProperty("assessed").GetInt32());
        Assert.Equal(7, progress.GetProperty("billed").GetInt32());
        Assert.Equal(1, progress.GetProperty("skipped").GetInt32());
        // 10..70 square wa × 10,000 baht × 0.3 % = 300 × (1 + … + 7)
        Assert.Equal(8400m, progress.GetProperty("amount").GetDecimal());

        var assessments = await world.AssessmentsAsync();
        Assert.Equal(7, assessments.Count);
        Assert.Equal(7, assessments.Select(a => a.PayerId).Distinct().Count());
        Assert.DoesNotContain(assessments, a => a.PayerId == skipped.Id);
        var bills = await world.BillsAsync();
        Assert.Equal(7, bills.Count);
        Assert.All(assessments, a => Assert.Single(bills, b => b.AssessmentId == a.Id && b.Principal == a.Tax));
        // the owner with an email is mailed the notice (composed beside the run's writes); the others get letters
        var mailed = assessments.Single(a => a.PayerName == "เจ้าของ 2");
        Assert.NotNull(mailed.NotifiedAt);
        Assert.All(assessments.Where(a => a != mailed), a => Assert.Null(a.NotifiedAt));
        var notice = Assert.Single(await world.InScopeAsync((_, db) => db.Set<OutboxEmail>().AsNoTracking().Where(m => m.To == email).ToListAsync()));
        Assert.Contains(mailed.Number, notice.Subject, StringComparison.Ordinal);
        Assert.Contains("600.00", notice.TextBody, StringComparison.Ordinal); // 20 square wa × 10,000 × 0.3 %
        Assert.Contains("/tax/my/" + mailed.Number, notice.TextBody, StringComparison.Ordinal);
        // the breakdown keeps the bands the value reached (as the notice prints it), not the whole schedule
        var band = Assert.Single(Assert.Single(mailed.Breakdown.Categories).Bands);
        Assert.Equal((200_000m, 600m), (band.Value, band.Tax));

        var page = await world.OfficerClient.GetPageAsync(world.Path($"/staff/tax/assessment?run={runId}"));
        Assert.Contains("8,400.00", page, StringComparison.Ordinal);
        Assert.Contains(skipped.Code, page, StringComparison.Ordinal); // the owner to fix, with the reason
        var found = await world.OfficerClient.GetPageAsync(world.Path("/staff/tax/assessment?q=" + Uri.EscapeDataString("เจ้าของ 3") + "&unpaid=true"));
        Assert.Contains(assessments.Single(a => a.PayerName == "เจ้าของ 3").Number, found, StringComparison.Ordinal);
        Assert.DoesNotContain(assessments.Single(a => a.PayerName == "เจ้าของ 4").Number, found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARunCutShortAfterItsFirstBatch_RunAgain_AssessesEveryOwnerExactlyOnce()
    {
        var world = await AssessTaxWorld.CreateAsync(host);
        var email = People.NewEmail("owner");
        for (var i = 1; i <= 7; i++)
        {
            await world.AddOwnerAsync($"เจ้าของ {i}", squareWa: 10 * i, email: i == 2 ? email : null);
        }
        var (exempt, _) = await world.AddOwnerAsync("บ้านหลังหลัก", squareWa: 50); // made a main home below: assessed at zero, no bill
        await world.InScopeAsync(async (_, db) =>
        {
            var plot = await db.Set<LocalGov.Tax.Registry.TaxProperty>().SingleAsync(p => db.Set<LocalGov.Tax.Registry.PropertyOwner>()
                .Any(o => o.PropertyId == p.Id && o.PayerId == exempt.Id));
            var owner = await db.Set<LocalGov.Tax.Registry.PropertyOwner>().SingleAsync(o => o.PayerId == exempt.Id);
            db.Entry(owner).Property(o => o.InHouseRegister).CurrentValue = true;
            db.Entry(plot).Property(p => p.Uses).CurrentValue = [new LocalGov.Tax.Registry.UsePart(LandUse.MainHome, 50)];
            await db.SaveChangesAsync();
            return 0;
        });
        var year = BangkokTime.Today(host.Clock).Year;
        using var cut = new CancellationTokenSource();

        // the engine reads the clock once in each batch, before saving it: the second read is the second batch, cancelled there
        var first = await world.InScopeAsync(async (services, db) =>
        {
            var run = await services.GetRequiredService<AssessmentEngine>().ClaimAsync(year, "test", default);
            var engine = new AssessmentEngine(db, services.GetRequiredService<IBilling>(), services.GetRequiredService<AssessmentBilling>(),
                services.GetRequiredService<TaxRates>(), services.GetRequiredService<INumberingService>(), services.GetRequiredService<TaxMail>(),
                services.GetRequiredService<IAuditScope>(), new CancelOnRead(host.Clock, cut, 2),
                services.GetRequiredService<IServiceScopeFactory>());
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.ExecuteAsync(run.Id, batchSize: 2, cancellationToken: cut.Token));
            return await db.Set<AssessmentRun>().AsNoTracking().SingleAsync(r => r.Id == run.Id);
        });

        Assert.Equal(RunStatus.Stopped, first.Status);
        Assert.Equal(2, first.Done);
        Assert.Equal(2, (await world.AssessmentsAsync()).Count);
        Assert.Equal(2, (await world.BillsAsync()).Count);

        var second = await world.InScopeAsync(async (services, _) =>
        {
            var engine = services.GetRequiredService<AssessmentEngine>();
            var run = await engine.ClaimAsync(year, "test", default);
            return await engine.ExecuteAsync(run.Id, batchSize: 2);
        });

        Assert.Equal(RunStatus.Completed, second.Status);
        Assert.Equal(8, second.Done);
        Assert.Equal(2, second.Attempts);
        var assessments = await world.AssessmentsAsync();
        Assert.Equal(8, assessments.Count);
        Assert.Equal(8, assessments.Select(a => a.PayerId).Distinct().Count());
        Assert.Equal(0m, assessments.Single(a => a.PayerId == exempt.Id).Tax);
        var bills = await world.BillsAsync();
        Assert.Equal(assessments.Count(a => a.Tax > 0), bills.Count);
        Assert.Equal(7, bills.Count);
        Assert.Equal(bills.Count, bills.Select(b => b.AssessmentId).Distinct().Count());
    }

    [Fact]
    public async Task AYearAhead_IsRefused_AndACashierMayNotAssess()
    {
        var world = await AssessTaxWorld.CreateAsync(host);
        var next = BangkokTime.Today(host.Clock).Year + 1;

        var response = await world.OfficerClient.SubmitAsync(world.Path("/staff/tax/assessment"), ("Year", next.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ประเมินได้เฉพาะปีภาษี", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await world.InScopeAsync((_, db) => db.Set<AssessmentRun>().ToListAsync()));
        foreach (var path in new[] { "/staff/tax/assessment", "/staff/tax/assessment/letters", "/staff/tax/signs", "/staff/tax/objections",
            $"/api/tax/assessment/runs/{Guid.NewGuid()}" })
        {
            var denied = await world.CashierClient.Http.GetAsync(world.Path(path));
            Assert.True(denied.StatusCode == HttpStatusCode.Forbidden, $"{path}: {denied.StatusCode}");
        }
    }

    /// <summary>The host's clock, which cancels <paramref name="source"/> on its <paramref name="cancelOn"/>-th reading.</summary>
    private sealed class CancelOnRead(TimeProvider inner, CancellationTokenSource source, int cancelOn) : TimeProvider
    {
        private int reads;

        public override DateTimeOffset GetUtcNow()
        {
            if (Interlocked.Increment(ref reads) == cancelOn)
            {
                source.Cancel();
            }
            return inner.GetUtcNow();
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAssessTaxRunTests(SqliteHost host) : AssessTaxRunTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAssessTaxRunTests(PostgresHost host) : AssessTaxRunTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlAssessTaxRunTests(MySqlHost host) : AssessTaxRunTests(host);
