using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Timing;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.LatePayment;
using LocalGov.Tax.Rates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Tax;

/// <summary>
/// Late land-and-building tax: 10 % before the warning, 20 % within its period, 40 % after, plus 1 % a month on the
/// tax only, a started month whole; the warning job sends one warning with its dates and moves the bill's policy.
/// </summary>
public abstract class LatePaymentTests(LocalGovHost host)
{
    [Fact]
    public async Task FinesGrowByWarningStage_AndInterestCountsStartedMonths()
    {
        var world = await TaxWorld.CreateAsync(host);
        var email = People.NewEmail("owner");
        var owner = await world.OwnerWithLandAsync("นายค้าง ชำระ", 400, LandUse.Other, email); // 10 M × 0.3 % = 30,000
        var today = BangkokTime.Today(host.Clock);
        var assessment = await world.AssessAsync(owner.Id, today.Year);
        Assert.Equal(30_000m, assessment.Tax);
        var due = assessment.DueDate;
        Assert.True(due >= today.AddDays(TaxTimeline.MinimumDaysToPay));

        async Task<(decimal Surcharge, decimal Interest)> OwedOnAsync(DateOnly day)
        {
            using (host.Clock.Shift(TimeSpan.FromDays(day.DayNumber - BangkokTime.Today(host.Clock).DayNumber)))
            {
                var bill = Assert.Single(await world.BillsAsync(assessment));
                return (bill.DueAsOf.Surcharge, bill.DueAsOf.Interest);
            }
        }

        Assert.Equal((0m, 0m), await OwedOnAsync(due));               // paid on the due date: nothing more
        Assert.Equal((3_000m, 300m), await OwedOnAsync(due.AddDays(1))); // 10 % + the first month

        // no warning before the set number of days
        using (host.Clock.Shift(TimeSpan.FromDays(due.DayNumber - today.DayNumber + 14)))
        {
            await world.RunJobAsync(WarningNotices.Job);
        }
        Assert.Null((await world.AssessmentAsync(assessment.Number)).WarningIssuedOn);

        var warnedOn = due.AddDays(15);
        using (host.Clock.Shift(TimeSpan.FromDays(warnedOn.DayNumber - today.DayNumber)))
        {
            await world.RunJobAsync(WarningNotices.Job);
            await world.RunJobAsync(WarningNotices.Job); // once only
        }
        var warned = await world.AssessmentAsync(assessment.Number);
        Assert.Equal(warnedOn, warned.WarningIssuedOn);
        Assert.Equal(warnedOn.AddDays(30), warned.WarningDeadline);
        var mails = await world.InScopeAsync((_, db) => db.Set<OutboxEmail>().AsNoTracking().Where(m => m.To == email).ToListAsync());
        var warning = Assert.Single(mails, m => m.Subject.Contains(assessment.Number, StringComparison.Ordinal) && m.Subject.Contains("แจ้งเตือน", StringComparison.Ordinal));
        Assert.Contains("30,000.00", warning.TextBody, StringComparison.Ordinal);

        Assert.Equal((3_000m, 300m), await OwedOnAsync(warnedOn.AddDays(-1)));          // before the warning: 10 %
        Assert.Equal((6_000m, 300m), await OwedOnAsync(warnedOn));                       // within it: 20 %
        Assert.Equal((6_000m, 600m), await OwedOnAsync(warned.WarningDeadline!.Value));  // its last day, a second month started
        Assert.Equal((12_000m, 600m), await OwedOnAsync(warned.WarningDeadline!.Value.AddDays(1))); // after: 40 %
    }

    [Fact]
    public async Task APaidAssessment_IsNeverWarned()
    {
        var world = await TaxWorld.CreateAsync(host);
        var owner = await world.OwnerWithLandAsync("นางจ่าย ตรงเวลา", 40, LandUse.Other); // 1 M × 0.3 % = 3,000
        var today = BangkokTime.Today(host.Clock);
        var assessment = await world.AssessAsync(owner.Id, today.Year);
        var bill = Assert.Single(await world.BillsAsync(assessment));
        await world.InScopeAsync(async (services, _) =>
            await services.GetRequiredService<LocalGov.Payments.Contracts.IPaymentTaking>().RecordAsync(bill.Id, 3_000m,
                LocalGov.Payments.Contracts.PaymentChannel.Cash, null, null));
        var paid = await world.AssessmentAsync(assessment.Number);
        Assert.Equal(3_000m, paid.Paid);
        using (host.Clock.Shift(TimeSpan.FromDays(assessment.DueDate.DayNumber - today.DayNumber + 60)))
        {
            await world.RunJobAsync(WarningNotices.Job);
        }
        Assert.Null((await world.AssessmentAsync(assessment.Number)).WarningIssuedOn);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteLatePaymentTests(SqliteHost host) : LatePaymentTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresLatePaymentTests(PostgresHost host) : LatePaymentTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlLatePaymentTests(MySqlHost host) : LatePaymentTests(host);
