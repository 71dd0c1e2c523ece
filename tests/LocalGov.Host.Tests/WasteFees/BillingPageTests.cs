using System.Net;
using System.Text.Json;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Timing;
using LocalGov.WasteFees;
using LocalGov.WasteFees.Billing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.WasteFees;

/// <summary>Billing started from the page with its progress, on the LAO's billing day by the job, prepayment and cancel-and-rebill.</summary>
public abstract class BillingPageTests(LocalGovHost host)
{
    [Fact]
    public async Task StaffStartABillingRun_FromThePage_AndItsProgressReachesCompleted()
    {
        var world = await WasteWorld.CreateAsync(host);
        for (var i = 1; i <= 12; i++)
        {
            await world.AddPointAsync(WasteWorld.House(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        var thisMonth = BillingPeriod.Of(BangkokTime.Today(host.Clock));
        var page = await world.OfficerClient.GetPageAsync(world.Path("/staff/waste/billing"));
        Assert.Contains("12", page, StringComparison.Ordinal);

        var response = await world.OfficerClient.SubmitAsync(world.Path("/staff/waste/billing"), ("Period", thisMonth.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var runId = new Uri(new Uri("http://x"), response.Headers.Location!).Query.Split("run=")[1];
        JsonElement progress = default;
        for (var i = 0; i < 100; i++)
        {
            progress = JsonDocument.Parse(await world.OfficerClient.Http.GetStringAsync(world.Path($"/api/waste/billing/runs/{runId}"))).RootElement;
            if (progress.GetProperty("status").GetString() != "Running")
            {
                break;
            }
            await Task.Delay(100);
        }
        Assert.Equal("Completed", progress.GetProperty("status").GetString());
        Assert.Equal(100, progress.GetProperty("percent").GetInt32());
        Assert.Equal(12, progress.GetProperty("billed").GetInt32());
        Assert.Equal(480m, progress.GetProperty("amount").GetDecimal());
        Assert.Equal(12, (await world.ChargesAsync()).Count);

        var shown = await world.OfficerClient.GetPageAsync(world.Path($"/staff/waste/billing?run={runId}"));
        Assert.Contains("480.00", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANextMonth_CannotBeBilledAhead_AndACashierMayNotBill()
    {
        var world = await WasteWorld.CreateAsync(host);
        var next = BillingPeriod.Of(BangkokTime.Today(host.Clock)).Next;

        var response = await world.OfficerClient.SubmitAsync(world.Path("/staff/waste/billing"), ("Period", next.ToString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("เลือกเดือนที่จะออกใบแจ้งหนี้ได้ตั้งแต่เดือนปัจจุบันย้อนหลังไม่เกิน 24 เดือน", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var cashier = await world.CollectorClient.Http.GetAsync(world.Path("/staff/waste/billing"));
        Assert.Equal(HttpStatusCode.Forbidden, cashier.StatusCode);
        var api = await world.CollectorClient.Http.GetAsync(world.Path($"/api/waste/billing/runs/{Guid.NewGuid()}"));
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Fact]
    public async Task TheDailyJob_BillsTheMonth_OnTheLaosBillingDay_NotBefore()
    {
        var world = await WasteWorld.CreateAsync(host);
        await world.AddPointAsync(WasteWorld.House("1", start: "2020-01-01"));
        await host.Services.GetRequiredService<ISettingManager>().SetForTenantAsync(world.Tenant.Id, WasteFeesSettings.BillingDay, "11");
        // stand on the 10th of next month
        var today = BangkokTime.Today(host.Clock);
        var tenth = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(9);
        using var _ = host.Clock.Shift(TimeSpan.FromDays(tenth.DayNumber - today.DayNumber));
        var runner = host.Services.GetRequiredService<TenantJobRunner>();

        await runner.RunAsync(BillingRuns.DailyJob, host.Clock.GetUtcNow(), CancellationToken.None);
        Assert.Empty(await world.ChargesAsync());

        using (host.Clock.Shift(TimeSpan.FromDays(1)))
        {
            await runner.RunAsync(BillingRuns.DailyJob, host.Clock.GetUtcNow(), CancellationToken.None);
            await runner.RunAsync(BillingRuns.DailyJob, host.Clock.GetUtcNow(), CancellationToken.None);
        }

        var charge = Assert.Single(await world.ChargesAsync());
        Assert.Equal(BillingPeriod.Of(tenth).Key, charge.Period);
        Assert.Equal(tenth.AddDays(1 + 30), charge.DueDate); // billed on the 11th, due 30 days later
    }

    [Fact]
    public async Task TheSettingsPage_RefusesABillingDayNotEveryMonthHas()
    {
        var world = await WasteWorld.CreateAsync(host);

        var response = await world.AdminClient.SubmitAsync(world.Path("/admin/settings"), ($"values[{WasteFeesSettings.BillingDay}]", "31"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 28", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await world.InScopeAsync((services, _) => services.GetRequiredService<ISettingProvider>().GetAsync(WasteFeesSettings.BillingDay));
        Assert.Equal("1", stored);
    }

    [Fact]
    public async Task AYearPaidAhead_IsOneDiscountedBill_TheMonthlyRunSkipsItsMonths_AndPaymentSettlesThem()
    {
        var world = await WasteWorld.CreateAsync(host);
        await host.Services.GetRequiredService<ISettingManager>().SetForTenantAsync(world.Tenant.Id, WasteFeesSettings.PrepaymentDiscountPercent, "5");
        var point = await world.AddPointAsync(WasteWorld.House("9", "SHOP")); // 100 baht a month
        var thisMonth = BillingPeriod.Of(BangkokTime.Today(host.Clock));

        var bill = await world.InScopeAsync((services, _) => services.GetRequiredService<Prepayment>().IssueAsync(point.Id, null, default));

        Assert.Equal(1140.00m, bill.Principal); // 12 × 100 less 5 %
        var charges = await world.ChargesAsync(point.Id);
        Assert.Equal(12, charges.Count);
        Assert.Equal(thisMonth.Key, charges[0].Period);
        Assert.All(charges, c => Assert.Equal(95.00m, c.Amount));
        Assert.All(charges, c => Assert.Equal(ChargeKind.Prepaid, c.Kind));
        // a month not yet served falls overdue only after its own end
        Assert.All(charges, c => Assert.Equal(
            BillingPeriod.FromKey(c.Period).Last > bill.DueDate ? BillingPeriod.FromKey(c.Period).Last : bill.DueDate, c.DueDate));

        var run = await world.BillAsync(thisMonth);
        Assert.Equal(0, run.Billed);

        await world.InScopeAsync((services, _) => services.GetRequiredService<IPaymentTaking>()
            .RecordAsync(bill.Id, 200m, PaymentChannel.Cash, null, null));
        var partly = await world.ChargesAsync(point.Id);
        Assert.Equal([95m, 95m, 10m, 0m], partly.Take(4).Select(c => c.Paid));

        var again = await world.InScopeAsync((services, _) => services.GetRequiredService<Prepayment>().QuoteAsync(point.Id, null, default));
        Assert.Equal(thisMonth.Plus(12), again.From);
    }

    [Fact]
    public async Task ACancelledBill_FreesItsMonth_AndTheNextRunBillsThePointAsItNowStands()
    {
        var world = await WasteWorld.CreateAsync(host);
        var point = await world.AddPointAsync(WasteWorld.House("4", "FOOD")); // 300 a month — wrong class
        var october = new BillingPeriod(2026, 10);
        await world.BillAsync(october);
        var wrong = Assert.Single(await world.ChargesAsync(point.Id));
        Assert.Equal(300m, wrong.Amount);

        await world.InScopeAsync(async (services, db) =>
        {
            var entity = await db.Set<LocalGov.WasteFees.ServicePoints.ServicePoint>().FindAsync(point.Id);
            var registry = services.GetRequiredService<LocalGov.WasteFees.ServicePoints.ServicePointRegistry>();
            var (details, _) = LocalGov.WasteFees.ServicePoints.ServicePointDetails.Validate(WasteWorld.House("4", "HOUSE"),
                await registry.FeeClassesByCodeAsync(default), services.GetRequiredService<LocalGov.Platform.PersonalData.IPersonalDataVault>());
            await registry.UpdateAsync(entity!, details!, null, default);
            await services.GetRequiredService<IBilling>().CancelAsync(wrong.BillId!.Value, "ประเภทผิด / wrong class");
            return 0;
        });
        Assert.Empty(await world.ChargesAsync(point.Id));

        await world.BillAsync(october);

        var right = Assert.Single(await world.ChargesAsync(point.Id));
        Assert.Equal(40m, right.Amount);
        Assert.NotEqual(wrong.BillNumber, right.BillNumber);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteBillingPageTests(SqliteHost host) : BillingPageTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresBillingPageTests(PostgresHost host) : BillingPageTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlBillingPageTests(MySqlHost host) : BillingPageTests(host);
