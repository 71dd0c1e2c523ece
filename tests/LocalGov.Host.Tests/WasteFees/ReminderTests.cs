using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.Settings;
using LocalGov.WasteFees;
using LocalGov.WasteFees.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.WasteFees;

/// <summary>Overdue reminders by email (once, then again only after ReminderDays) and the printable notices per route.</summary>
public abstract class ReminderTests(LocalGovHost host)
{
    private Task RunAsync() =>
        host.Services.GetRequiredService<TenantJobRunner>().RunAsync(OverdueReminders.DailyJob, host.Clock.GetUtcNow(), CancellationToken.None);

    /// <summary>The mail to <paramref name="to"/> but the invitation to rate the house's registration.</summary>
    private async Task<List<OutboxEmail>> MailsAsync(string to)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return [.. (await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<OutboxEmail>().AsNoTracking()
            .Where(m => m.To == to).ToListAsync()).Where(m => !Satisfaction.SatisfactionWorld.IsInvitation(m))];
    }

    /// <summary>Two months well past due (three and two months ago) and this month, not yet due.</summary>
    private async Task BillThreeMonthsAsync(WasteWorld world)
    {
        var month = Collecting.ThisMonth(host);
        await world.BillAsync(month.Plus(-3));
        await world.BillAsync(month.Plus(-2));
        await world.BillAsync(month);
    }

    [Fact]
    public async Task APayerWithEmail_IsMailedOnceAboutAllOverdueBills_AgainOnlyAfterTheReminderDays_AndNobodyElseIs()
    {
        var world = await WasteWorld.CreateAsync(host);
        var late = await world.AddPointAsync(WasteWorld.House("1", email: People.NewEmail("late")));
        var noEmail = await world.AddPointAsync(WasteWorld.House("2"));
        var paidUp = await world.AddPointAsync(WasteWorld.House("3", email: People.NewEmail("paid")));
        await BillThreeMonthsAsync(world);
        foreach (var charge in await world.ChargesAsync(paidUp.Id))
        {
            await Collecting.PayInFullAsync(world, charge.BillId!.Value);
        }
        var lateCharges = await world.ChargesAsync(late.Id);

        await RunAsync();
        await RunAsync(); // a second run the same day mails nobody again

        var mail = Assert.Single(await MailsAsync(late.PayerEmail!));
        Assert.Contains(late.AccountNo, mail.Subject, StringComparison.Ordinal);
        Assert.Contains("80.00", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(lateCharges[0].BillNumber!, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(lateCharges[1].BillNumber!, mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(lateCharges[2].BillNumber!, mail.TextBody, StringComparison.Ordinal); // this month's is not due yet
        Assert.Contains($"{world.Tenant.Code}.{LocalGovHost.BaseDomain}/waste", mail.TextBody, StringComparison.Ordinal); // the LAO's look-up page
        Assert.Empty(await MailsAsync(paidUp.PayerEmail!));
        Assert.All(await world.ChargesAsync(noEmail.Id), c => Assert.Null(c.RemindedAt));
        var reminded = await world.ChargesAsync(late.Id);
        Assert.NotNull(reminded[0].RemindedAt);
        Assert.Null(reminded[2].RemindedAt);

        using (host.Clock.Shift(TimeSpan.FromDays(1)))
        {
            await RunAsync();
            Assert.Single(await MailsAsync(late.PayerEmail!)); // not the next day
        }
        using (host.Clock.Shift(TimeSpan.FromDays(7)))
        {
            await RunAsync();
            Assert.Equal(2, (await MailsAsync(late.PayerEmail!)).Count); // again after ReminderDays (7 by default)
        }
        Assert.Empty(await MailsAsync(paidUp.PayerEmail!));
    }

    [Fact]
    public async Task TheReminderDaysSetting_DecidesWhenABillIsLateEnoughToMail()
    {
        var world = await WasteWorld.CreateAsync(host);
        await host.Services.GetRequiredService<ISettingManager>().SetForTenantAsync(world.Tenant.Id, WasteFeesSettings.ReminderDays, "90");
        var point = await world.AddPointAsync(WasteWorld.House("1", email: People.NewEmail("patient")));
        await world.BillAsync(Collecting.ThisMonth(host).Plus(-2)); // due about a month ago: not 90 days

        await RunAsync();

        Assert.Empty(await MailsAsync(point.PayerEmail!));
    }

    [Fact]
    public async Task TheNoticeList_ShowsOnlyTheRoutesPointsWithOverdueBills()
    {
        var world = await WasteWorld.CreateAsync(host);
        var overdue = await world.AddPointAsync(WasteWorld.House("1", order: 2));
        var paidUp = await world.AddPointAsync(WasteWorld.House("2", order: 1));
        var otherRoute = await world.AddPointAsync(WasteWorld.House("3", route: "R2"));
        await world.BillAsync(Collecting.ThisMonth(host).Plus(-2));
        await Collecting.PayInFullAsync(world, Assert.Single(await world.ChargesAsync(paidUp.Id)).BillId!.Value);
        var newcomer = await world.AddPointAsync(WasteWorld.House("4"));
        await world.BillAsync(Collecting.ThisMonth(host)); // everyone's this month: not overdue yet

        var page = await world.CollectorClient.GetPageAsync(world.Path("/staff/waste/notices?route=R1"));

        Assert.Contains($"data-notice=\"{overdue.AccountNo}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-notice=\"{paidUp.AccountNo}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-notice=\"{newcomer.AccountNo}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-notice=\"{otherRoute.AccountNo}\"", page, StringComparison.Ordinal);
        var overdueBill = (await world.ChargesAsync(overdue.Id))[0];
        var thisMonthBill = (await world.ChargesAsync(overdue.Id))[1];
        Assert.Contains($"data-bill=\"{overdueBill.BillNumber}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-bill=\"{thisMonthBill.BillNumber}\"", page, StringComparison.Ordinal);
        Assert.Contains("data-total>40.00<", page, StringComparison.Ordinal);
        Assert.Contains(world.Tenant.Name.Th, page, StringComparison.Ordinal);

        Assert.Contains($"data-notice=\"{overdue.AccountNo}\"", await world.OfficerClient.GetPageAsync(world.Path("/staff/waste/notices?route=R1")),
            StringComparison.Ordinal); // report readers print them too
        Assert.Equal(HttpStatusCode.NotFound, (await world.CollectorClient.Http.GetAsync(world.Path("/staff/waste/notices?route=R9"))).StatusCode);
        var stranger = (await WasteWorld.CreateAsync(host)).CollectorClient;
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Http.GetAsync(world.Path("/staff/waste/notices?route=R1"))).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteReminderTests(SqliteHost host) : ReminderTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresReminderTests(PostgresHost host) : ReminderTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlReminderTests(MySqlHost host) : ReminderTests(host);
