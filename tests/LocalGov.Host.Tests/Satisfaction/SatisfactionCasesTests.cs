using LocalGov.Complaints.Workflow;
using LocalGov.Host.Tests.Complaints.Public;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Permits;
using LocalGov.Host.Tests.Tax;
using LocalGov.Host.Tests.WasteFees;
using LocalGov.Identity.Contracts;
using LocalGov.Payments.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Review;
using LocalGov.Platform.Timing;
using LocalGov.Tax.Assessment;
using LocalGov.WasteFees.Collection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Satisfaction;

/// <summary>
/// Each kind of case a module completes for a resident opens exactly one survey on the platform's mechanism and
/// mails exactly one invitation, in the module's transaction; completing the case again asks nobody twice.
/// </summary>
public abstract class SatisfactionCasesTests(LocalGovHost host)
{
    [Fact]
    public async Task ComplaintAnswered_OneSurveyAndMail_EvenAfterReopeningAndResolvingAgain()
    {
        var lao = await ComplaintScenario.StartAsync(host, "sat");
        var filed = await lao.FileAsync("drainage", "ท่ออุดตันหน้าบ้าน");
        var code = filed.Complaint.TrackingCode!;
        Assert.Empty(await SatisfactionWorld.SurveysAsync(host, lao.Lao)); // filing completes nothing

        await lao.ResolveAsync(code);
        await lao.ActAsync(a => a.ReopenAsync(code, "น้ำยังท่วมขังเหมือนเดิม", new ReporterProof(null, filed.AccessKey), default));
        await lao.ActAsync(a => a.ResolveAsync(code, null, "ล้างท่ออีกครั้งแล้ว", null, lao.OfficerName, default));

        var survey = Assert.Single(await SatisfactionWorld.SurveysAsync(host, lao.Lao));
        Assert.Equal(("Complaints", "drainage", code), (survey.Module, survey.ServiceType, survey.CaseReference));
        Assert.Equal(lao.ReporterEmail, survey.RecipientEmail);
        var invitation = Assert.Single(await SatisfactionWorld.InvitationsAsync(host, lao.ReporterEmail));
        // the link's token is stored only as its SHA-256: the row cannot answer anybody's survey
        var token = SatisfactionWorld.AnswerPath(invitation, lao.Lao).Split('/')[^1];
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token))), survey.TokenHash);
        Assert.Null(survey.Token);
        Assert.False(await SatisfactionWorld.StoredAnywhereAsync(host, token), "the plain token is in the surveys table");
    }

    [Fact]
    public async Task ComplaintRatedOnTheTrackingPage_IsTheSurveysAnswer()
    {
        var lao = await ComplaintScenario.StartAsync(host, "sar");
        var filed = await lao.FileAsync("tree", "กิ่งไม้หักขวางทาง");
        var code = filed.Complaint.TrackingCode!;
        await lao.RejectAsync(code);
        await lao.RateAsync(code, 2, filed.AccessKey!);

        var survey = Assert.Single(await SatisfactionWorld.SurveysAsync(host, lao.Lao));
        Assert.Equal(2, survey.Stars);
        Assert.Equal(LocalGov.Platform.Satisfaction.SatisfactionMonth.Of(host.Clock.GetUtcNow().UtcDateTime), survey.Month);
    }

    [Fact]
    public async Task PermitRejectedOrIssued_OneSurveyEach_ItsFeesReceiptAsksNobody()
    {
        var world = await PermitWorld.CreateAsync(host);
        var issuedTo = People.NewEmail("issued");
        var rejectedTo = People.NewEmail("rejected");
        var toIssue = await world.FileAsync("food-notice", PermitWorld.Shop(issuedTo));
        var toReject = await world.FileAsync("food-notice", PermitWorld.Shop(rejectedTo));

        await world.InScopeAsync(async (services, _) => await services.GetRequiredService<PermitReview>()
            .RejectAsync(toReject.Number, null, "สถานที่ไม่ถูกสุขลักษณะตามกฎกระทรวง", "นายตรวจ อาคาร", default));
        var approved = await world.InScopeAsync(async (services, _) => await services.GetRequiredService<PermitReview>()
            .ApproveAsync(toIssue.Number, null, null, "นายตรวจ อาคาร", default));
        Assert.Empty(await SatisfactionWorld.InvitationsAsync(host, issuedTo)); // approved with a fee: not complete until paid
        var paid = await world.PayAsync(approved.BillId!.Value);
        Assert.Equal(ApplicationStatus.Issued, (await world.ApplicationAsync(toIssue.Number)).Status);

        // the application is the one completed case DGA counts: its fee's receipt is a step of it, not a second service
        var surveys = await SatisfactionWorld.SurveysAsync(host, world.Tenant);
        Assert.Equal([toIssue.Number, toReject.Number], surveys.Select(s => s.CaseReference).Order());
        Assert.All(surveys, s => Assert.Equal(("Permits", "food-notice"), (s.Module, s.ServiceType)));
        Assert.Single(await SatisfactionWorld.InvitationsAsync(host, issuedTo));
        Assert.Single(await SatisfactionWorld.InvitationsAsync(host, rejectedTo));

        // a bill of a module that does not rate its cases itself: its receipt is the completed case, asked once
        var otherPayer = People.NewEmail("payer");
        var bill = await world.InScopeAsync(async (services, db) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var issued = await services.GetRequiredService<IBilling>().IssueAsync(new IssueBillRequest(
                new BillPayer("ผู้ชำระ ค่าธรรมเนียม", "P" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), Email: otherPayer),
                new BillSource(PaymentsContract.Module, "MANUAL-" + Guid.NewGuid().ToString("N")[..8]),
                [new BillLineRequest("FEE", "ค่าธรรมเนียมทดสอบ", 50m)], DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime).AddDays(10)));
            await transaction.CommitAsync();
            return issued;
        });
        await world.PayAsync(bill.Id);
        var receipt = Assert.Single(await SatisfactionWorld.SurveysAsync(host, world.Tenant), s => s.Module == PaymentsContract.Module);
        Assert.Equal("payment-payments", receipt.ServiceType);
        Assert.StartsWith("RCP-", receipt.CaseReference, StringComparison.Ordinal);
        Assert.NotEqual(paid.ReceiptNumber, receipt.CaseReference);
        Assert.Single(await SatisfactionWorld.InvitationsAsync(host, otherPayer));
    }

    [Fact]
    public async Task WasteRegistrationAndClaim_OneSurveyEach()
    {
        var world = await WasteWorld.CreateAsync(host);
        var payerEmail = People.NewEmail("waste-payer");
        var point = await world.AddPointAsync(WasteWorld.House("77/1", email: payerEmail));
        var silent = await world.AddPointAsync(WasteWorld.House("77/2")); // no address to ask: no survey
        var residentEmail = People.NewEmail("waste-resident");
        var resident = await People.CreateAsync(host, residentEmail, UserKind.Resident, []);
        for (var i = 0; i < 2; i++) // claiming one's own house again is no new case
        {
            await world.InScopeAsync(async (services, _) =>
            {
                await services.GetRequiredService<ResidentBills>().ClaimAsync(point.Id, resident.Id, residentEmail, default);
                return 0;
            });
        }

        var surveys = (await SatisfactionWorld.SurveysAsync(host, world.Tenant)).OrderBy(s => s.CaseReference, StringComparer.Ordinal).ToList();
        Assert.Equal([("claim", $"CLAIM-{point.AccountNo}"), ("registration", $"REG-{point.AccountNo}")],
            surveys.Select(s => (s.ServiceType, s.CaseReference)));
        Assert.DoesNotContain(surveys, s => s.CaseReference.Contains(silent.AccountNo, StringComparison.Ordinal));
        Assert.Equal(resident.Id, surveys[0].RecipientUserId);
        Assert.Single(await SatisfactionWorld.InvitationsAsync(host, payerEmail));
        Assert.Single(await SatisfactionWorld.InvitationsAsync(host, residentEmail));
    }

    [Fact]
    public async Task TaxObjectionDecided_OneSurveyAndMail()
    {
        var world = await AssessTaxWorld.CreateAsync(host);
        var email = People.NewEmail("objector");
        var (payer, _) = await world.AddOwnerAsync("เจ้าของ คัดค้านภาษี", email: email);
        var assessment = await world.AssessAsync(payer.Id, BangkokTime.Today(host.Clock).Year);
        var objection = await world.InScopeAsync(async (services, db) =>
        {
            var objections = services.GetRequiredService<LocalGov.Tax.Objections.Objections>();
            var filed = await objections.FileAsync(await db.Set<TaxAssessment>().SingleAsync(a => a.Id == assessment.Id), "ราคาประเมินสูงเกินไปเมื่อเทียบกับแปลงข้างเคียง", null, default);
            Assert.Empty(await SatisfactionWorld.SurveysAsync(host, world.Tenant)); // filed is not decided
            return await objections.DecideAsync(filed.Number, false, "ราคาเป็นไปตามบัญชีราคาประเมินของกรมธนารักษ์", "เจ้าหน้าที่", null, default);
        });

        var survey = Assert.Single(await SatisfactionWorld.SurveysAsync(host, world.Tenant), s => s.Module == "Tax");
        Assert.Equal(("objection", objection.Number), (survey.ServiceType, survey.CaseReference));
        Assert.Single(await SatisfactionWorld.InvitationsAsync(host, email));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSatisfactionCasesTests(SqliteHost host) : SatisfactionCasesTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSatisfactionCasesTests(PostgresHost host) : SatisfactionCasesTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlSatisfactionCasesTests(MySqlHost host) : SatisfactionCasesTests(host);
