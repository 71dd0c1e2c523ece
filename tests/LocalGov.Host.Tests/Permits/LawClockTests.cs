using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Clocks;
using LocalGov.Permits.Review;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Permits;

/// <summary>
/// The Licensing Facilitation Act's clocks (ADR 15): the decision is due a set number of days after a complete
/// application; while it is late the applicant is told every 7 days; missing documents may be asked for once, which
/// stops the clock until they arrive and then starts it again in full.
/// </summary>
public abstract class LawClockTests(LocalGovHost host)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task ABuildingApplication_IsDue45DaysAfterSubmission_AndWhileLateTheApplicantIsToldEvery7Days()
    {
        var world = await PermitWorld.CreateAsync(host);
        var email = People.NewEmail("builder");
        var today = BangkokTime.Today(host.Clock);
        var filed = await world.FileAsync("building", PermitWorld.Shop(email, area: "120"));

        Assert.Equal(today.AddDays(45), filed.DueOn);
        Assert.Equal(today, filed.ClockStartedOn);
        var received = Assert.Single(await world.MailsAsync(email));
        Assert.Contains(filed.Number, received.Subject, StringComparison.Ordinal);
        Assert.Contains(BangkokTime.Format(today.AddDays(45), thai: true, longDate: true), received.TextBody, StringComparison.Ordinal);

        async Task<int> NoticesAfterAsync(int days)
        {
            using (host.Clock.Shift(Day * days))
            {
                await world.RunJobAsync(LateDecisions.Job);
                await world.RunJobAsync(LateDecisions.Job); // a second run the same day tells nobody again
            }
            return (await world.MailsAsync(email)).Count(m => m.Subject.Contains("ยังพิจารณาไม่แล้วเสร็จ", StringComparison.Ordinal));
        }

        Assert.Equal(0, await NoticesAfterAsync(45)); // the due date itself is still in time
        Assert.Equal(1, await NoticesAfterAsync(46)); // the day after: first notice
        Assert.Equal(1, await NoticesAfterAsync(52));
        Assert.Equal(2, await NoticesAfterAsync(53)); // 7 days after the first
        Assert.Equal(2, await NoticesAfterAsync(59));
        Assert.Equal(3, await NoticesAfterAsync(60));

        using (host.Clock.Shift(Day * 60))
        {
            var late = await world.InScopeAsync((_, db) =>
                LateDecisions.LateQuery(db, BangkokTime.Today(host.Clock)).Select(a => a.Number).ToListAsync());
            Assert.Contains(filed.Number, late); // on the supervisors' list
            var application = await world.ApplicationAsync(filed.Number);
            Assert.Equal(3, application.LateNotices);

            await world.InScopeAsync(async (services, _) =>
                await services.GetRequiredService<PermitReview>().RejectAsync(filed.Number, null, "แบบแปลนไม่เป็นไปตามกฎกระทรวง", "นายตรวจ อาคาร", default));
        }
        var decided = await world.ApplicationAsync(filed.Number);
        Assert.Equal(ApplicationStatus.Rejected, decided.Status);
        Assert.False(decided.DecidedInTime);
        Assert.NotNull(decided.DecisionNotifiedAt); // told at once, well within the Act's 7 days
        var rejection = (await world.MailsAsync(email)).Last(m => !Satisfaction.SatisfactionWorld.IsInvitation(m)); // the invitation to rate follows it
        Assert.Contains("แบบแปลนไม่เป็นไปตามกฎกระทรวง", rejection.TextBody, StringComparison.Ordinal);
        Assert.Contains("คณะกรรมการพิจารณาอุทธรณ์", rejection.TextBody, StringComparison.Ordinal); // how to appeal, under the Building Control Act
        Assert.Equal(3, await NoticesAfterAsync(67)); // decided: no more notices
    }

    [Fact]
    public async Task MissingDocuments_MayBeAskedForOnlyOnce_StopTheClock_AndRestartItInFullWhenTheyArrive()
    {
        var world = await PermitWorld.CreateAsync(host);
        var email = People.NewEmail("cook");
        var today = BangkokTime.Today(host.Clock);
        var filed = await world.FileAsync("food-licence", PermitWorld.Shop(email, area: "250"));
        Assert.Equal(today.AddDays(30), filed.DueOn);

        using (host.Clock.Shift(Day * 5))
        {
            await world.InScopeAsync(async (services, _) =>
                await services.GetRequiredService<PermitReview>().RequestDocumentsAsync(filed.Number, null, "ใบรับรองแพทย์ของผู้สัมผัสอาหาร 2 คน", "นางรับ คำขอ", default));
            var second = await Assert.ThrowsAsync<BusinessRuleException>(() => world.InScopeAsync(async (services, _) =>
                await services.GetRequiredService<PermitReview>().RequestDocumentsAsync(filed.Number, null, "แผนผังใหม่", "นางรับ คำขอ", default)));
            Assert.Equal(409, second.StatusCode);
            Assert.Contains("only once", second.UserMessage.En, StringComparison.Ordinal);
        }
        var waiting = await world.ApplicationAsync(filed.Number);
        Assert.Equal(ApplicationStatus.AwaitingDocuments, waiting.Status);
        Assert.Null(waiting.DueOn);
        Assert.Equal("ใบรับรองแพทย์ของผู้สัมผัสอาหาร 2 คน", waiting.DocumentsRequest); // the refused second request changed nothing
        Assert.Equal(today.AddDays(5 + 15), waiting.DocumentsDueOn);
        var asked = (await world.MailsAsync(email)).Last();
        Assert.Contains("ใบรับรองแพทย์ของผู้สัมผัสอาหาร 2 คน", asked.TextBody, StringComparison.Ordinal);

        using (host.Clock.Shift(Day * 40))
        {
            await world.RunJobAsync(LateDecisions.Job); // waiting for the applicant is not the LAO's delay
        }
        Assert.Equal(0, (await world.ApplicationAsync(filed.Number)).LateNotices);

        using (host.Clock.Shift(Day * 41))
        {
            var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();
            await world.InScopeAsync(async (services, _) =>
                await services.GetRequiredService<PermitReview>().SupplyDocumentsAsync(filed.Number, null,
                    [new CheckedDocument("health-certificates", "certificates.pdf", "application/pdf", pdf)], null, default));
            var again = await Assert.ThrowsAsync<BusinessRuleException>(() => world.InScopeAsync(async (services, _) =>
                await services.GetRequiredService<PermitReview>().RequestDocumentsAsync(filed.Number, null, "อีกครั้ง", "นางรับ คำขอ", default)));
            Assert.Equal(409, again.StatusCode);
        }
        var complete = await world.ApplicationAsync(filed.Number);
        Assert.Equal(ApplicationStatus.InReview, complete.Status);
        Assert.Equal(today.AddDays(41), complete.ClockStartedOn);
        Assert.Equal(today.AddDays(41 + 30), complete.DueOn); // the full 30 days again, from the day the documents came
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteLawClockTests(SqliteHost host) : LawClockTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresLawClockTests(PostgresHost host) : LawClockTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlLawClockTests(MySqlHost host) : LawClockTests(host);
