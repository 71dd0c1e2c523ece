using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Payments.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Issuing;
using LocalGov.Permits.Renewal;
using LocalGov.Permits.Review;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Permits;

/// <summary>Approval bills the fee through Payments; BillPaid issues the permit; the expiry job reminds and expires.</summary>
public abstract class IssuingTests(LocalGovHost host)
{
    private static Task<PermitApplication> ApproveAsync(PermitWorld world, string number) => world.InScopeAsync(async (services, _) =>
        await services.GetRequiredService<PermitReview>().ApproveAsync(number, null, null, "นายตรวจ อาคาร", default));

    private static Task<Permit?> PermitAsync(PermitWorld world, Guid applicationId) =>
        world.InScopeAsync((_, db) => db.Set<Permit>().AsNoTracking().SingleOrDefaultAsync(p => p.ApplicationId == applicationId));

    [Fact]
    public async Task BillPaid_IssuesThePermit_OnlyWhenTheFeeIsPaidInFull()
    {
        var world = await PermitWorld.CreateAsync(host);
        var email = People.NewEmail("shop");
        var today = BangkokTime.Today(host.Clock);
        var filed = await world.FileAsync("food-notice", PermitWorld.Shop(email));

        var approved = await ApproveAsync(world, filed.Number);
        Assert.Equal(ApplicationStatus.Approved, approved.Status);
        Assert.Equal(100m, approved.Fee);
        var bill = Assert.Single(await world.InScopeAsync(async (services, _) =>
            await services.GetRequiredService<IBilling>().FindBySourceAsync("Permits", filed.Number)));
        Assert.Equal(approved.BillId, bill.Id);
        Assert.Equal(100m, bill.Principal);
        var approval = (await world.MailsAsync(email)).Last();
        Assert.Contains("100.00", approval.TextBody, StringComparison.Ordinal); // the applicant is told the fee with the decision

        await world.PayAsync(bill.Id, 40m);
        Assert.Null(await PermitAsync(world, filed.Id)); // part of the fee issues nothing
        Assert.Equal(ApplicationStatus.Approved, (await world.ApplicationAsync(filed.Number)).Status);

        await world.PayAsync(bill.Id);
        var permit = await PermitAsync(world, filed.Id);
        Assert.NotNull(permit);
        Assert.StartsWith("PMT-", permit.Number, StringComparison.Ordinal);
        Assert.Equal(PermitStatus.Valid, permit.Status);
        Assert.Equal(today, permit.ValidFrom);
        Assert.Equal(today.AddYears(1).AddDays(-1), permit.ValidUntil);
        Assert.Equal("ร้านข้าวแกงสมศรี", permit.BusinessName);
        var issued = await world.ApplicationAsync(filed.Number);
        Assert.Equal(ApplicationStatus.Issued, issued.Status);
        Assert.Equal(permit.Id, issued.PermitId);
        // the last mail but the satisfaction invitation that follows a completed case
        var mail = (await world.MailsAsync(email)).Last(m => !Satisfaction.SatisfactionWorld.IsInvitation(m));
        Assert.Contains(permit.Number, mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"/permits/certificate/{permit.Number}", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATypeNeedingInspection_CannotBeApprovedWithoutAPassedOne()
    {
        var world = await PermitWorld.CreateAsync(host);
        var filed = await world.FileAsync("health-hazard", PermitWorld.Shop(People.NewEmail("hazard")) with
        {
            FeeCategory = "medium",
            Answers = new Dictionary<string, string?> { ["activity"] = "ซ่อมรถยนต์" },
        });
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => ApproveAsync(world, filed.Number));
        Assert.Equal(409, refused.StatusCode);

        var checklist = await world.InScopeAsync(async (services, _) =>
        {
            var review = services.GetRequiredService<PermitReview>();
            await review.AcceptAsync(filed.Number, null, "นางรับ คำขอ", default);
            var type = await review.TypeAsync(await review.FindAsync(filed.Number, default), default);
            var inspection = await review.ScheduleInspectionAsync(filed.Number, null, BangkokTime.Today(host.Clock), "นายตรวจ สถานที่", "นายตรวจ สถานที่", default);
            await review.RecordInspectionAsync(inspection.Id, null, [.. type.Checklist.Select((item, i) => new ChecklistAnswer(item, i != 0, null))],
                "ระบายอากาศไม่พอ", [], "นายตรวจ สถานที่", default);
            return type.Checklist;
        });
        await Assert.ThrowsAsync<BusinessRuleException>(() => ApproveAsync(world, filed.Number)); // a failed inspection is not enough

        await world.InScopeAsync(async (services, _) =>
        {
            var review = services.GetRequiredService<PermitReview>();
            var again = await review.ScheduleInspectionAsync(filed.Number, null, BangkokTime.Today(host.Clock), "นายตรวจ สถานที่", "นายตรวจ สถานที่", default);
            return await review.RecordInspectionAsync(again.Id, null, [.. checklist.Select(item => new ChecklistAnswer(item, true, null))], null, [], "นายตรวจ สถานที่", default);
        });
        await world.InScopeAsync(async (services, _) =>
        {
            // a re-inspection that fails outweighs the earlier pass
            var review = services.GetRequiredService<PermitReview>();
            var third = await review.ScheduleInspectionAsync(filed.Number, null, BangkokTime.Today(host.Clock), "นายตรวจ สถานที่", "นายตรวจ สถานที่", default);
            return await review.RecordInspectionAsync(third.Id, null, [.. checklist.Select((item, i) => new ChecklistAnswer(item, i != 1, null))], null, [], "นายตรวจ สถานที่", default);
        });
        await Assert.ThrowsAsync<BusinessRuleException>(() => ApproveAsync(world, filed.Number));

        await world.InScopeAsync(async (services, _) =>
        {
            var review = services.GetRequiredService<PermitReview>();
            var fourth = await review.ScheduleInspectionAsync(filed.Number, null, BangkokTime.Today(host.Clock), "นายตรวจ สถานที่", "นายตรวจ สถานที่", default);
            return await review.RecordInspectionAsync(fourth.Id, null, [.. checklist.Select(item => new ChecklistAnswer(item, true, null))], null, [], "นายตรวจ สถานที่", default);
        });
        var approved = await ApproveAsync(world, filed.Number);
        Assert.Equal(500m, approved.Fee); // the "medium" category of the default bylaw fees
    }

    [Fact]
    public async Task TheHolderIsRemindedOnce30DaysBeforeExpiry_AndThePermitExpiresAfterItsLastDay()
    {
        var world = await PermitWorld.CreateAsync(host);
        var email = People.NewEmail("holder");
        var filed = await world.FileAsync("food-notice", PermitWorld.Shop(email));
        var approved = await ApproveAsync(world, filed.Number);
        await world.PayAsync(approved.BillId!.Value);
        var permit = (await PermitAsync(world, filed.Id))!;
        var daysToEnd = permit.ValidUntil!.Value.DayNumber - BangkokTime.Today(host.Clock).DayNumber;

        int Reminders(IEnumerable<Platform.Emailing.OutboxEmail> mails) => mails.Count(m => m.Subject.Contains("จะหมดอายุ", StringComparison.Ordinal));
        using (host.Clock.Shift(TimeSpan.FromDays(daysToEnd - 31)))
        {
            await world.RunJobAsync(PermitExpiry.Job);
        }
        Assert.Equal(0, Reminders(await world.MailsAsync(email)));
        using (host.Clock.Shift(TimeSpan.FromDays(daysToEnd - 30)))
        {
            await world.RunJobAsync(PermitExpiry.Job);
            await world.RunJobAsync(PermitExpiry.Job);
        }
        var reminder = Assert.Single(await world.MailsAsync(email), m => m.Subject.Contains("จะหมดอายุ", StringComparison.Ordinal));
        Assert.Contains($"/permits/renew/{permit.Number}", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains("20", reminder.TextBody, StringComparison.Ordinal); // the late-renewal surcharge it warns of

        using (host.Clock.Shift(TimeSpan.FromDays(daysToEnd)))
        {
            await world.RunJobAsync(PermitExpiry.Job);
        }
        Assert.Equal(PermitStatus.Valid, (await PermitAsync(world, filed.Id))!.Status); // the last day is still valid
        using (host.Clock.Shift(TimeSpan.FromDays(daysToEnd + 1)))
        {
            await world.RunJobAsync(PermitExpiry.Job);
        }
        Assert.Equal(PermitStatus.Expired, (await PermitAsync(world, filed.Id))!.Status);
        Assert.Equal(1, Reminders(await world.MailsAsync(email)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteIssuingTests(SqliteHost host) : IssuingTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresIssuingTests(PostgresHost host) : IssuingTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlIssuingTests(MySqlHost host) : IssuingTests(host);
