using System.Globalization;
using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Timing;
using LocalGov.Permits.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Permits;

/// <summary>Residents read the catalogue and the generated manual, and apply online; bad input is answered beside its field and saves nothing.</summary>
public abstract class PublicApplyTests(LocalGovHost host)
{
    [Fact]
    public async Task CatalogueAndManual_AreGeneratedFromThePermitType_WithoutSignIn()
    {
        var world = await PublicWorld.CreateAsync(host);
        var anonymous = new FormClient(host.AnonymousClient());

        var catalogue = await anonymous.Http.GetAsync(world.Path("/permits"));
        var list = await catalogue.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, catalogue.StatusCode);
        foreach (var code in new[] { "building", "health-hazard", "food-licence", "food-notice" })
        {
            Assert.Contains($"data-permit-type=\"{code}\"", list, StringComparison.Ordinal);
        }

        var manual = await anonymous.Http.GetAsync(world.Path("/permits/food-licence"));
        var page = await manual.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, manual.StatusCode);
        Assert.Contains("พระราชบัญญัติการสาธารณสุข พ.ศ. 2535 มาตรา 38", page, StringComparison.Ordinal); // legal basis
        Assert.Contains("data-decision-days=\"30\"", page, StringComparison.Ordinal);
        Assert.Contains("ภายใน 30 วัน นับจากวันที่ได้รับคำขอและเอกสารครบถ้วน", page, StringComparison.Ordinal);
        Assert.Contains("ตรวจสถานที่", page, StringComparison.Ordinal); // the type needs an inspection
        Assert.Contains("ตารางเมตรละ 2.00 บาท อย่างน้อย 500.00 บาท ไม่เกิน 3,000.00 บาท", page, StringComparison.Ordinal);
        Assert.Contains("data-document=\"floor-plan\"", page, StringComparison.Ordinal);
        Assert.Contains("เสียเงินเพิ่มร้อยละ 20 ของค่าธรรมเนียม", page, StringComparison.Ordinal);
        Assert.Contains("ภายใน 30 วันนับแต่วันที่ได้ทราบคำสั่ง", page, StringComparison.Ordinal); // appeal route
        Assert.Contains("ศูนย์ดำรงธรรม", page, StringComparison.Ordinal); // where to complain
        Assert.Contains(world.Lao.Name.Th, page, StringComparison.Ordinal); // the LAO's office

        var notice = await anonymous.GetPageAsync(world.Path("/permits/food-notice"));
        Assert.DoesNotContain("ตรวจสถานที่</strong>", notice, StringComparison.Ordinal); // no inspection step
        Assert.Contains("data-decision-days=\"7\"", notice, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync(world.Path("/permits/no-such-type"))).StatusCode);
        var apply = await anonymous.Http.GetAsync(world.Path("/permits/food-notice/apply"));
        Assert.Equal(HttpStatusCode.Redirect, apply.StatusCode); // applying needs an account
        Assert.Contains("/account/login", apply.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyOnline_FilesTheApplication_ShowsNumberAndDueDate_MailsThem_AndKeepsTheDocuments()
    {
        var world = await PublicWorld.CreateAsync(host);

        var number = await world.FileFoodNoticeAsync();

        var application = await world.ApplicationAsync(number);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(ApplicationChannel.Online, application.Channel);
        Assert.Equal(world.Resident.Id, application.ApplicantUserId);
        Assert.Equal(BangkokTime.Today(host.Clock).AddDays(7), application.DueOn);
        Assert.Equal(48m, application.AreaSquareMetres);
        Assert.Equal("ข้าวแกง ก๋วยเตี๋ยว", application.Answers["food"]);
        Assert.NotEqual(world.NationalId, application.ApplicantIdMasked);
        var documents = await world.InLaoAsync((_, db) => db.Set<ApplicationDocument>().AsNoTracking()
            .Where(d => d.ApplicationId == application.Id).OrderBy(d => d.DocumentCode).ToListAsync());
        Assert.Equal(["id-copy", "site-map"], documents.Select(d => d.DocumentCode));
        Assert.Equal(["application/pdf", "image/png"], documents.Select(d => d.ContentType));
        Assert.Equal(PublicWorld.Pdf, documents[0].Data);

        var due = BangkokTime.Format(application.DueOn, thai: true, longDate: true);
        var page = await world.ResidentClient.GetPageAsync(world.Path($"/permits/applications/{number}?done=filed"));
        Assert.Contains($"data-application-number>{number}<", page, StringComparison.Ordinal);
        Assert.Contains($"data-due-on=\"{application.DueOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\">{due}<", page, StringComparison.Ordinal);
        Assert.Contains("data-done=\"filed\"", page, StringComparison.Ordinal);
        Assert.Contains("data-event=\"Submitted\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(world.NationalId, page, StringComparison.Ordinal);

        var (mail, link) = await People.LastMailAsync(host, world.ApplicantEmail);
        Assert.Contains(number, mail.Subject, StringComparison.Ordinal);
        Assert.Contains(number, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(due, mail.TextBody, StringComparison.Ordinal);
        Assert.EndsWith($"/permits/applications/{number}", link, StringComparison.Ordinal);

        var mine = await world.ResidentClient.GetPageAsync("/my/permits");
        Assert.Contains($"data-my-application=\"{number}\"", mine, StringComparison.Ordinal);
        Assert.Contains($"href=\"http://{world.Lao.Code}.{LocalGovHost.BaseDomain}/permits/applications/{number}\"", mine, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "invalid-national-id", "applicant_id", "เลขประจำตัวประชาชนไม่ถูกต้อง" },
        { "juristic-with-person-id", "applicant_id", "เลขนี้เป็นเลขประจำตัวประชาชนของบุคคล" },
        { "area-over-200", "area", "ไม่เกิน 200 ตารางเมตร" },
        { "renamed-exe", "documents[id-copy]", "ไม่ใช่ PDF, JPEG หรือ PNG" },
        { "missing-document", "documents[id-copy]", "กรุณาแนบ" },
        { "missing-answer", "answers[food]", "ประเภทอาหารที่จำหน่าย" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task ApplyOnline_BadInput_IsAnsweredBesideItsField_KeepsWhatWasTyped_AndSavesNothing(string problem, string field, string message)
    {
        var world = await PublicWorld.CreateAsync(host);
        var files = PublicWorld.FoodNoticeFiles.ToList();
        var fields = world.FoodNotice(f =>
        {
            switch (problem)
            {
                case "invalid-national-id":
                    f["applicant_id"] = world.NationalId[..12] + (char)('0' + ((world.NationalId[12] - '0' + 1) % 10));
                    break;
                case "juristic-with-person-id":
                    f["applicant_kind"] = "juristic";
                    break;
                case "area-over-200":
                    f["area"] = "250";
                    break;
                case "missing-answer":
                    f.Remove("answers[food]");
                    break;
            }
        });
        if (problem == "renamed-exe")
        {
            files[0] = ("documents[id-copy]", "id-card.pdf", PublicWorld.Program);
        }
        if (problem == "missing-document")
        {
            files.RemoveAt(0);
        }

        var response = await world.ApplyAsync(world.ResidentClient, fields, files);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, PublicWorld.ErrorFor(page, field), StringComparison.Ordinal);
        Assert.Contains($"value=\"{world.BusinessName}\"", page, StringComparison.Ordinal); // what was typed is kept
        Assert.Contains(world.Address, page, StringComparison.Ordinal);
        Assert.Equal(0, await world.ApplicationCountAsync());
        Assert.Equal(0, await world.InLaoAsync((_, db) => db.Set<ApplicationDocument>().CountAsync()));
        Assert.Equal(0, await world.InLaoAsync((_, db) => db.Set<OutboxEmail>().IgnoreQueryFilters().CountAsync(m => m.To == world.ApplicantEmail)));
    }

    [Fact]
    public async Task ApplyAsJuristicPerson_WithItsTaxId_IsFiled()
    {
        var world = await PublicWorld.CreateAsync(host);
        var taxId = PublicWorld.IdWithCheckDigit("010555" + Random.Shared.Next(100000, 999999).ToString(CultureInfo.InvariantCulture));

        var response = await world.ApplyAsync(world.ResidentClient, world.FoodNotice(f =>
        {
            f["applicant_kind"] = "juristic";
            f["applicant_name"] = "บริษัท ป้าแดงฟู้ด จำกัด";
            f["applicant_id"] = taxId;
        }), PublicWorld.FoodNoticeFiles);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var application = await world.InLaoAsync((_, db) => db.Set<PermitApplication>().AsNoTracking().SingleAsync());
        Assert.Equal(ApplicantKind.Juristic, application.ApplicantKind);
        Assert.Equal(taxId, application.JuristicTaxId);
    }

    [Fact]
    public async Task ApplicantPage_IsOnlyForTheApplicant()
    {
        var world = await PublicWorld.CreateAsync(host);
        var number = await world.FileFoodNoticeAsync();
        var someoneElse = await People.CreateAsync(host, People.NewEmail("nosy"), UserKind.Resident, []);

        var theirs = await world.As(someoneElse).Http.GetAsync(world.Path($"/permits/applications/{number}"));
        var page = await theirs.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.DoesNotContain(world.BusinessName, page, StringComparison.Ordinal);

        var stamp = (await world.ApplicationAsync(number)).ConcurrencyStamp;
        var withdraw = await world.As(someoneElse).SubmitAsync(world.Path("/permits/food-notice/apply"), [new("stamp", stamp)],
            postUrl: world.Path($"/permits/applications/{number}?handler=Withdraw"));
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
        Assert.Equal(ApplicationStatus.Submitted, (await world.ApplicationAsync(number)).Status);

        var anonymous = await new FormClient(host.AnonymousClient()).Http.GetAsync(world.Path($"/permits/applications/{number}"));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);

        var mine = await world.ResidentClient.Http.GetAsync(world.Path($"/permits/applications/{number}"));
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
    }

    [Fact]
    public async Task Applicant_AnswersTheMissingDocumentsRequest_AndTheClockStartsAgain_ThenMayWithdraw()
    {
        var world = await PublicWorld.CreateAsync(host);
        var number = await world.FileFoodNoticeAsync();
        await world.InLaoAsync((services, _) => services.GetRequiredService<PermitReview>().RequestDocumentsAsync(number, null, "สำเนาทะเบียนบ้านของร้าน", "เจ้าหน้าที่ทดสอบ", default));

        var url = world.Path($"/permits/applications/{number}");
        var waiting = await world.ResidentClient.GetPageAsync(url);
        Assert.Contains("data-clock-waiting", waiting, StringComparison.Ordinal);
        Assert.Contains("สำเนาทะเบียนบ้านของร้าน", waiting, StringComparison.Ordinal);

        var stamp = (await world.ApplicationAsync(number)).ConcurrencyStamp;
        var bad = await world.ResidentClient.SubmitWithFilesAsync(url, [("stamp", stamp)], [("documents[other]", "house.pdf", PublicWorld.Program)],
            postUrl: url + "?handler=Supply");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("ไม่ใช่ PDF", PublicWorld.ErrorFor(await bad.Content.ReadAsStringAsync(), "documents[other]"), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.AwaitingDocuments, (await world.ApplicationAsync(number)).Status);

        var good = await world.ResidentClient.SubmitWithFilesAsync(url, [("stamp", stamp)], [("documents[other]", "house.pdf", PublicWorld.Pdf)],
            postUrl: url + "?handler=Supply");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var supplied = await world.ApplicationAsync(number);
        Assert.Equal(ApplicationStatus.InReview, supplied.Status);
        Assert.Equal(BangkokTime.Today(host.Clock).AddDays(7), supplied.DueOn);

        var stale = await world.ResidentClient.SubmitAsync(url, [new("stamp", stamp)], postUrl: url + "?handler=Withdraw");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode); // the form from before the documents arrived
        Assert.Equal(ApplicationStatus.InReview, (await world.ApplicationAsync(number)).Status);

        var withdraw = await world.ResidentClient.SubmitAsync(url, [new("stamp", supplied.ConcurrencyStamp)], postUrl: url + "?handler=Withdraw");
        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        Assert.Equal(ApplicationStatus.Withdrawn, (await world.ApplicationAsync(number)).Status);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePublicApplyTests(SqliteHost host) : PublicApplyTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPublicApplyTests(PostgresHost host) : PublicApplyTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlPublicApplyTests(MySqlHost host) : PublicApplyTests(host);
