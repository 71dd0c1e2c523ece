using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Payments.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.Review;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Timing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Permits;

/// <summary>Staff work an application through its case page: the once-only request, inspection, decision, permissions.</summary>
public abstract class StaffCaseTests(LocalGovHost host)
{
    [Fact]
    public async Task MissingDocuments_AreAskedForOnce_TheApplicantIsWritten_AndASecondRequestIsRefused()
    {
        var world = await StaffWorld.CreateAsync(host);
        var email = People.NewEmail("applicant");
        var application = await world.FileAsync(email: email);
        var detail = world.Path($"/staff/permits/{application.Number}");
        var officer = world.OfficerClient;

        var page = await officer.GetPageAsync(detail);
        Assert.Contains("data-action=\"request-documents\"", page, StringComparison.Ordinal);
        Assert.Contains("ได้เพียงครั้งเดียว", page, StringComparison.Ordinal);
        var first = await officer.SubmitAsync(detail, [new("stamp", StaffWorld.Stamp(page)), new("missing", "แผนที่ตั้งสถานที่ที่ชัดเจน")], detail + "?handler=RequestDocuments");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var asked = await world.ReloadAsync(application.Number);
        Assert.Equal(ApplicationStatus.AwaitingDocuments, asked.Status);
        Assert.Null(asked.DueOn); // the clock stops
        var (mail, _) = await People.LastMailAsync(host, email);
        Assert.Contains("แผนที่ตั้งสถานที่ที่ชัดเจน", mail.TextBody, StringComparison.Ordinal);

        page = await officer.GetPageAsync(detail);
        Assert.DoesNotContain("data-action=\"request-documents\"", page, StringComparison.Ordinal); // the request is shown instead of the form
        Assert.Contains("data-documents-request", page, StringComparison.Ordinal);
        Assert.Contains("แผนที่ตั้งสถานที่ที่ชัดเจน", page, StringComparison.Ordinal);

        var second = await officer.SubmitAsync(detail, [new("stamp", StaffWorld.Stamp(page)), new("missing", "ขออีกครั้ง")], detail + "?handler=RequestDocuments");
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("ขอเอกสารเพิ่มเติมได้เพียงครั้งเดียว", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await world.ReloadAsync(application.Number);
        Assert.Equal("แผนที่ตั้งสถานที่ที่ชัดเจน", after.DocumentsRequest);
        Assert.Equal(asked.ConcurrencyStamp, after.ConcurrencyStamp);
        Assert.Single(await world.TimelineAsync(application.Id), e => e.Kind == ApplicationEventKind.DocumentsRequested);
    }

    [Fact]
    public async Task TheCounter_SuppliesWhatWasAskedFor_TheSupervisorExplainsDelay_AndMarksALetterSent()
    {
        var world = await StaffWorld.CreateAsync(host);
        var application = await world.FileAsync(); // no email: the decision goes by letter
        var detail = world.Path($"/staff/permits/{application.Number}");
        var officer = world.OfficerClient;
        await officer.SubmitAsync(detail, [new("stamp", StaffWorld.Stamp(await officer.GetPageAsync(detail))), new("missing", "แผนที่ตั้ง")], detail + "?handler=RequestDocuments");

        using (host.Clock.Shift(TimeSpan.FromDays(3)))
        {
            var page = await officer.GetPageAsync(detail);
            Assert.Contains("data-action=\"supply\"", page, StringComparison.Ordinal);
            var notAFile = await officer.SubmitWithFilesAsync(detail, [("stamp", StaffWorld.Stamp(page))], [("documents[site-map]", "map.jpg", "text"u8.ToArray())], detail + "?handler=Supply");
            Assert.Equal(HttpStatusCode.BadRequest, notAFile.StatusCode);
            Assert.Equal(ApplicationStatus.AwaitingDocuments, (await world.ReloadAsync(application.Number)).Status);
            var supplied = await officer.SubmitWithFilesAsync(detail, [("stamp", StaffWorld.Stamp(page))], [("documents[site-map]", "map.jpg", StaffWorld.Jpeg)], detail + "?handler=Supply");
            Assert.Equal(HttpStatusCode.Redirect, supplied.StatusCode);
            var restarted = await world.ReloadAsync(application.Number);
            Assert.Equal(ApplicationStatus.InReview, restarted.Status);
            Assert.Equal(BangkokTime.Today(host.Clock).AddDays(7), restarted.DueOn); // the clock starts again in full

            var supervisor = world.SupervisorClient;
            page = await supervisor.GetPageAsync(detail);
            Assert.Equal(HttpStatusCode.Redirect, (await supervisor.SubmitAsync(detail, [new("stamp", StaffWorld.Stamp(page)), new("reason", "รอผลตรวจจากสาธารณสุขอำเภอ")],
                detail + "?handler=ExplainDelay")).StatusCode);
            Assert.Equal("รอผลตรวจจากสาธารณสุขอำเภอ", (await world.ReloadAsync(application.Number)).LateReason);

            page = await officer.GetPageAsync(detail);
            Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync(detail, [new("stamp", StaffWorld.Stamp(page)), new("conditions", "")], detail + "?handler=Approve")).StatusCode);
            Assert.Null((await world.ReloadAsync(application.Number)).DecisionNotifiedAt);
            page = await supervisor.GetPageAsync(detail);
            Assert.Contains("data-action=\"notified\"", page, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, (await supervisor.SubmitAsync(detail, [new("stamp", StaffWorld.Stamp(page))], detail + "?handler=Notified")).StatusCode);
            Assert.NotNull((await world.ReloadAsync(application.Number)).DecisionNotifiedAt);
        }
    }

    [Fact]
    public async Task ATypeNeedingInspection_IsApprovedOnlyAfterAPassedOne_AndApprovalBillsTheFeeThroughPayments()
    {
        var world = await StaffWorld.CreateAsync(host);
        var application = await world.FileAsync(DefaultPermitTypes.HealthHazard, email: People.NewEmail("applicant"));
        var detail = world.Path($"/staff/permits/{application.Number}");
        var officer = world.OfficerClient;

        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync(detail, [new("stamp", StaffWorld.Stamp(await officer.GetPageAsync(detail)))], detail + "?handler=Accept")).StatusCode);
        var refused = await officer.SubmitAsync(detail, [new("stamp", StaffWorld.Stamp(await officer.GetPageAsync(detail))), new("conditions", "")], detail + "?handler=Approve");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("ประเภทนี้ต้องตรวจสถานที่และผลต้องผ่านก่อนอนุมัติ", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.InReview, (await world.ReloadAsync(application.Number)).Status);

        var today = BangkokTime.Today(host.Clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var scheduled = await officer.SubmitAsync(detail, [new("stamp", StaffWorld.Stamp(await officer.GetPageAsync(detail))), new("date", today), new("inspector", "นายตรวจ สุขาภิบาล")],
            detail + "?handler=Schedule");
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var inspection = await world.InScopeAsync((_, db) => db.Set<Inspection>().AsNoTracking().SingleAsync(i => i.ApplicationId == application.Id));
        var checklist = await world.InScopeAsync((_, db) => db.Set<PermitType>().AsNoTracking().Where(t => t.Code == DefaultPermitTypes.HealthHazard).Select(t => t.Checklist).SingleAsync());
        var fields = new List<(string, string)> { ("inspection", inspection.Id.ToString()), ("stamp", inspection.ConcurrencyStamp), ("notes", "สถานที่เรียบร้อย") };
        fields.AddRange(checklist.Select((_, n) => ($"check_{n}", "pass")));
        var recorded = await officer.SubmitWithFilesAsync(detail, fields, [("photos", "site.jpg", StaffWorld.Jpeg)], detail + "?handler=Inspection");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(InspectionResult.Passed, (await world.InScopeAsync((_, db) => db.Set<Inspection>().AsNoTracking().SingleAsync(i => i.Id == inspection.Id))).Result);
        Assert.Equal(1, await world.InScopeAsync((_, db) => db.Set<InspectionPhoto>().CountAsync(p => p.InspectionId == inspection.Id)));

        var approved = await officer.SubmitAsync(detail, [new("stamp", StaffWorld.Stamp(await officer.GetPageAsync(detail))), new("conditions", "ห้ามเปิดเสียงดังหลัง 22.00 น.")],
            detail + "?handler=Approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var saved = await world.ReloadAsync(application.Number);
        Assert.Equal(ApplicationStatus.Approved, saved.Status);
        Assert.Equal(200m, saved.Fee); // the "small" category
        var bills = await world.InScopeAsync((services, _) => services.GetRequiredService<IBilling>().FindBySourceAsync("Permits", application.Number));
        var bill = Assert.Single(bills);
        Assert.Equal(200m, bill.Principal);
        var page = await officer.GetPageAsync(detail);
        Assert.Contains($"data-bill=\"{bill.Number}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARejection_NeedsReasons_AndCarriesTheAppealText()
    {
        var world = await StaffWorld.CreateAsync(host);
        var application = await world.FileAsync(DefaultPermitTypes.Building);
        var detail = world.Path($"/staff/permits/{application.Number}");
        var officer = world.OfficerClient;
        var page = await officer.GetPageAsync(detail);
        var appeal = await world.InScopeAsync((_, db) => db.Set<PermitType>().AsNoTracking().Where(t => t.Code == DefaultPermitTypes.Building).Select(t => t.AppealTh).SingleAsync());
        Assert.Contains(appeal, page, StringComparison.Ordinal); // shown before rejecting

        var bare = await officer.SubmitAsync(detail, [new("stamp", StaffWorld.Stamp(page)), new("reasons", "  ")], detail + "?handler=Reject");
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("กรุณาระบุเหตุผลที่ไม่อนุมัติ", await bare.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Submitted, (await world.ReloadAsync(application.Number)).Status);

        var rejected = await officer.SubmitAsync(detail, [new("stamp", StaffWorld.Stamp(page)), new("reasons", "ระยะร่นไม่เป็นไปตามกฎกระทรวง")], detail + "?handler=Reject");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var saved = await world.ReloadAsync(application.Number);
        Assert.Equal(ApplicationStatus.Rejected, saved.Status);
        Assert.Equal(appeal, saved.AppealInfo);
        var after = await officer.GetPageAsync(detail);
        Assert.Contains("data-appeal>" + appeal, after, StringComparison.Ordinal);
        Assert.Contains("ระยะร่นไม่เป็นไปตามกฎกระทรวง", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyPermitStaffOfThisLao_SeeTheCase_AndDocumentsDownloadAsAttachments()
    {
        var world = await StaffWorld.CreateAsync(host);
        var other = await StaffWorld.CreateAsync(host);
        var mine = await world.FileAsync();
        await other.FileAsync();
        var theirs = await other.FileAsync(); // numbers run per LAO: this one's number does not exist here
        Assert.NotEqual(mine.Number, theirs.Number);

        var complaintsOfficer = world.As(world.Officer, RoleTemplates.ComplaintsOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await complaintsOfficer.Http.GetAsync(world.Path("/staff/permits"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await complaintsOfficer.Http.GetAsync(world.Path($"/staff/permits/{mine.Number}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.OfficerClient.Http.GetAsync(world.Path($"/staff/permits/{theirs.Number}"))).StatusCode);

        // a building officer may not assign (a supervisor's step)
        var detail = world.Path($"/staff/permits/{mine.Number}");
        var page = await world.OfficerClient.GetPageAsync(detail);
        Assert.DoesNotContain("data-action=\"assign\"", page, StringComparison.Ordinal);
        var assign = await world.OfficerClient.SubmitAsync(detail, [new("stamp", StaffWorld.Stamp(page)), new("officer", world.Officer.Id.ToString())], detail + "?handler=Assign");
        Assert.Equal(HttpStatusCode.Forbidden, assign.StatusCode);
        Assert.Null((await world.ReloadAsync(mine.Number)).OfficerId);

        // the supervisor can, choosing among the LAO's reviewers
        page = await world.SupervisorClient.GetPageAsync(detail);
        Assert.Contains(world.Officer.DisplayName, page, StringComparison.Ordinal);
        var assigned = await world.SupervisorClient.SubmitAsync(detail, [new("stamp", StaffWorld.Stamp(page)), new("officer", world.Officer.Id.ToString())], detail + "?handler=Assign");
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Equal(world.Officer.Id, (await world.ReloadAsync(mine.Number)).OfficerId);

        var documentId = await world.InScopeAsync((_, db) => db.Set<ApplicationDocument>().Where(d => d.ApplicationId == mine.Id).Select(d => d.Id).SingleAsync());
        var download = await world.OfficerClient.Http.GetAsync(detail + "?handler=Document&id=" + documentId);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(StaffWorld.Pdf, await download.Content.ReadAsByteArrayAsync());
        var notMine = await other.InScopeAsync((_, db) => db.Set<ApplicationDocument>().Where(d => d.ApplicationId == theirs.Id).Select(d => d.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await world.OfficerClient.Http.GetAsync(detail + "?handler=Document&id=" + notMine)).StatusCode);

        // the national ID is masked; the full one only on an audited request
        Assert.Contains(mine.ApplicantIdMasked!, page, StringComparison.Ordinal);
        var revealed = await world.OfficerClient.SubmitAsync(detail, [], detail + "?handler=RevealId");
        Assert.Contains("data-full-id", await revealed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteStaffCaseTests(SqliteHost host) : StaffCaseTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresStaffCaseTests(PostgresHost host) : StaffCaseTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlStaffCaseTests(MySqlHost host) : StaffCaseTests(host);
