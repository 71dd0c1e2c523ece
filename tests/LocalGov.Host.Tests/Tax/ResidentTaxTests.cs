using System.Net;
using System.Text.RegularExpressions;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Permits;
using LocalGov.Identity.Contracts;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Timing;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Objections;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Signs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Tax;

/// <summary>
/// The resident tax pages through the real host: the estimator, linking a tax record by notice and ID, my taxes
/// across LAOs, the notice with its breakdown, installments, objections, and the online sign declaration.
/// </summary>
public abstract class ResidentTaxTests(LocalGovHost host)
{
    private static string Y(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Estimator_ShowsTheTaxOfAMainHome_WithItsBands_AndAnswersBadInputBesideTheField()
    {
        var world = await ResidentTaxWorld.CreateAsync(host);
        var anonymous = new FormClient(host.AnonymousClient());
        var url = world.Path("/tax/estimate");

        var page = await anonymous.GetPageAsync(url);
        Assert.Contains("data-rate-use=\"main-home\"", page, StringComparison.Ordinal); // the LAO's rate table
        Assert.Contains("50,000,000", page, StringComparison.Ordinal); // the main-home exemption

        var land = await anonymous.SubmitAsync(url, [new("LandYear", Y(world.Year)), new("Use", "main-home"), new("Value", "60,000,000"), new("Owner", "individual")],
            postUrl: url + "?handler=Land");
        var answer = await land.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, land.StatusCode);
        Assert.Contains("data-land-result data-tax=\"3000.00\"", answer, StringComparison.Ordinal);
        Assert.Contains("3,000.00", answer, StringComparison.Ordinal);
        Assert.Contains("หักส่วนที่ได้รับยกเว้น 50,000,000.00 บาท", answer, StringComparison.Ordinal); // the plain-Thai explanation
        Assert.Contains("รวมภาษีที่ต้องชำระ 3,000.00 บาท", answer, StringComparison.Ordinal);

        var bad = await anonymous.SubmitAsync(url, [new("LandYear", Y(world.Year)), new("Use", "main-home"), new("Value", "หกสิบล้าน"), new("Owner", "individual")],
            postUrl: url + "?handler=Land");
        var badPage = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("มูลค่าต้องเป็นจำนวนเงินบาท", ResidentTaxWorld.ErrorFor(badPage, "Value"), StringComparison.Ordinal);
        Assert.Contains("value=\"หกสิบล้าน\"", WebUtility.HtmlDecode(badPage), StringComparison.Ordinal); // what was typed is kept
        Assert.DoesNotContain("data-land-result", badPage, StringComparison.Ordinal);

        var juristicHome = await anonymous.SubmitAsync(url, [new("LandYear", Y(world.Year)), new("Use", "main-home"), new("Value", "1000000"), new("Owner", "juristic")],
            postUrl: url + "?handler=Land");
        Assert.Equal(HttpStatusCode.BadRequest, juristicHome.StatusCode);
        Assert.Contains("นิติบุคคล", ResidentTaxWorld.ErrorFor(await juristicHome.Content.ReadAsStringAsync(), "Owner"), StringComparison.Ordinal);

        // 100 × 50 cm = 10 units × 5 baht = 50, under the 200-baht minimum
        var sign = await anonymous.SubmitAsync(url, [new("SignYear", Y(world.Year)), new("SignType", "1"), new("WidthCm", "100"), new("HeightCm", "50"),
            new("InstalledOn", $"{world.Year - 1}-06-01")], postUrl: url + "?handler=Sign");
        Assert.Contains("data-sign-result data-tax=\"200.00\"", await sign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noWidth = await anonymous.SubmitAsync(url, [new("SignYear", Y(world.Year)), new("SignType", "1"), new("WidthCm", ""), new("HeightCm", "50"),
            new("InstalledOn", $"{world.Year - 1}-06-01")], postUrl: url + "?handler=Sign");
        Assert.Equal(HttpStatusCode.BadRequest, noWidth.StatusCode);
        Assert.NotEmpty(ResidentTaxWorld.ErrorFor(await noWidth.Content.ReadAsStringAsync(), "WidthCm"));
    }

    [Fact]
    public async Task Owner_LinksByNoticeAndClaimCode_SeesTheirTaxesFromEveryLao_AndReadsTheBreakdown()
    {
        var world = await ResidentTaxWorld.CreateAsync(host);
        var owner = await world.OwnerAsync(60_000_000m);
        var secondLao = await ResidentTaxWorld.NewLaoAsync(host);
        var elsewhere = await world.OwnerAsync(20_000_000m, LandUse.Other, secondLao, owner.NationalId);
        var client = world.ResidentClient;

        var linked = await world.LinkAsync(client, owner);
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Contains($"data-linked=\"{owner.PayerCode}\"", await linked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(world.Resident.Id, (await world.PayerAsync(owner.PayerId)).UserId);
        // typed as printed, in two groups, or in lower case with spaces: the same code
        Assert.Equal(HttpStatusCode.OK, (await world.LinkAsync(client, elsewhere, " " + LocalGov.Platform.PersonalData.ClaimCode.Format(elsewhere.ClaimCode).ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(world.Resident.Id, (await world.PayerAsync(elsewhere.PayerId, secondLao)).UserId);

        var mine = await client.GetPageAsync("/tax/my");
        Assert.Contains($"data-payer=\"{owner.PayerCode}\"", mine, StringComparison.Ordinal);
        Assert.Contains($"data-assessment=\"{owner.Notice}\" data-outstanding=\"3000.00\"", mine, StringComparison.Ordinal);
        Assert.Contains($"data-assessment=\"{elsewhere.Notice}\"", mine, StringComparison.Ordinal);
        Assert.Contains($"//{owner.Lao.Code}.{LocalGovHost.BaseDomain}/tax/my/{owner.Notice}", mine, StringComparison.Ordinal);
        Assert.Contains($"//{secondLao.Code}.{LocalGovHost.BaseDomain}/tax/my/{elsewhere.Notice}", mine, StringComparison.Ordinal);
        Assert.Contains(world.Lao.Name.Th, mine, StringComparison.Ordinal);
        Assert.Contains(secondLao.Name.Th, mine, StringComparison.Ordinal);
        Assert.Contains("60,000,000.00", mine, StringComparison.Ordinal); // the property's value on its latest notice
        Assert.DoesNotContain(owner.NationalId, mine, StringComparison.Ordinal);

        var notice = await client.Http.GetAsync(world.Path($"/tax/my/{owner.Notice}"));
        var page = await notice.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        Assert.Contains($"data-notice=\"{owner.Notice}\" data-total=\"3000.00\"", page, StringComparison.Ordinal);
        Assert.Contains("data-category=\"main-home\"", page, StringComparison.Ordinal);
        Assert.Contains("600,000.00 × 100", page, StringComparison.Ordinal); // unit price × area
        Assert.Contains("50,000,000.00", page, StringComparison.Ordinal); // the exemption
        Assert.Contains("10,000,000.00", page, StringComparison.Ordinal); // the value in the first band
        Assert.Contains("0.03%", page, StringComparison.Ordinal);
        Assert.Contains("data-amount-due=\"3000.00\"", page, StringComparison.Ordinal);
        Assert.Contains("ภ.ด.ส.6", page, StringComparison.Ordinal);
        Assert.Contains("id=\"print\"", page, StringComparison.Ordinal);
        Assert.Contains("data-objection-form", page, StringComparison.Ordinal);
        Assert.DoesNotContain(owner.NationalId, page, StringComparison.Ordinal);
        // the printed notice carries the code it can be claimed with
        Assert.Contains($"data-claim-code>{LocalGov.Platform.PersonalData.ClaimCode.Format(owner.ClaimCode)}<", page, StringComparison.Ordinal);

        // the bill was issued before the link; linking put it under the account, so the owner opens its receipt
        var receipt = await world.InLaoAsync(async (services, _) =>
        {
            var bill = (await services.GetRequiredService<IBilling>().FindBySourceAsync("Tax", $"{owner.Notice}/1")).Single();
            return await services.GetRequiredService<IPaymentTaking>().RecordAsync(bill.Id, 3_000m, PaymentChannel.Cash, null, null);
        });
        var paidPage = await client.Http.GetStringAsync(world.Path($"/tax/my/{owner.Notice}"));
        // inside the LAO's address, like every link on its pages (issue 21, item 7)
        var link = Regex.Match(paidPage, $"href=\"({Regex.Escape(world.Path("/my/receipts/"))}[^\"]+)\" data-receipt=\"{receipt.ReceiptNumber}\"");
        Assert.True(link.Success, "the paid notice links its receipt");
        var receiptPage = await client.Http.GetAsync(link.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, receiptPage.StatusCode);
        Assert.Contains(receipt.ReceiptNumber, await receiptPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(receipt.ReceiptNumber, await client.Http.GetStringAsync(world.Path("/my/bills")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Linking_WithAWrongCodeOrUnknownNotice_GetsTheSameNothingMatches_AndLinksNothing()
    {
        var world = await ResidentTaxWorld.CreateAsync(host);
        var owner = await world.OwnerAsync(60_000_000m);
        var neighbour = await world.OwnerAsync(10_000_000m);
        var client = world.ResidentClient;

        var wrongId = await world.LinkAsync(client, owner, LocalGov.Platform.PersonalData.ClaimCode.New());
        // another payer's real code does not open this notice
        var othersCode = await world.LinkAsync(client, owner, neighbour.ClaimCode);
        Assert.Equal(HttpStatusCode.NotFound, othersCode.StatusCode);
        Assert.Contains("data-nothing-matches", await othersCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // the owner's national ID (known to many) is no proof any more: it is not even shaped like a code
        var byId = await world.LinkAsync(client, owner, owner.NationalId);
        Assert.Equal(HttpStatusCode.BadRequest, byId.StatusCode);
        Assert.Contains("รหัสยืนยันสิทธิ์มี 10 ตัว", ResidentTaxWorld.ErrorFor(await byId.Content.ReadAsStringAsync(), "ClaimCode"), StringComparison.Ordinal);
        var unknown = await world.LinkAsync(client, owner with { Notice = "LBT-2569-999999" });
        var wrongPage = await wrongId.Content.ReadAsStringAsync();
        var unknownPage = await unknown.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, wrongId.StatusCode);
        Assert.Equal(unknown.StatusCode, wrongId.StatusCode);
        static string Answer(string page) => Regex.Match(page, "data-nothing-matches>([^<]*)<").Groups[1].Value;
        Assert.Contains("ไม่พบข้อมูลที่ตรงกัน", Answer(wrongPage), StringComparison.Ordinal);
        Assert.Equal(Answer(wrongPage), Answer(unknownPage));
        Assert.Null((await world.PayerAsync(owner.PayerId)).UserId);

        var empty = await world.LinkAsync(client, owner with { Notice = "" }, "12");
        var emptyPage = await empty.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.NotEmpty(ResidentTaxWorld.ErrorFor(emptyPage, "Notice"));
        Assert.NotEmpty(ResidentTaxWorld.ErrorFor(emptyPage, "ClaimCode"));

        // the linked notice stays closed to the account that failed
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(world.Path($"/tax/my/{owner.Notice}"))).StatusCode);
    }

    [Fact]
    public async Task Installments_AreOfferedAndSetAtExactly3000_AndNotAt2999_99()
    {
        var world = await ResidentTaxWorld.CreateAsync(host);
        var owner = await world.OwnerAsync(15_000_000m, LandUse.ResidentialOther); // 0.02 % = 3,000.00
        var client = world.ResidentClient;
        await world.LinkAsync(client, owner);
        var url = world.Path($"/tax/my/{owner.Notice}");

        var page = await client.GetPageAsync(url);
        Assert.Contains("data-installments-form", page, StringComparison.Ordinal);
        var stamp = (await world.AssessmentAsync(owner.Notice)).ConcurrencyStamp;
        var asked = await client.SubmitAsync(url, [new("stamp", stamp)], postUrl: url + "?handler=Installments");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);

        Assert.True((await world.AssessmentAsync(owner.Notice)).Installments);
        var bill = await world.InLaoAsync(async (services, _) =>
            (await services.GetRequiredService<IBilling>().FindBySourceAsync("Tax", $"{owner.Notice}/1")).Single());
        Assert.Equal(1000.00m, bill.DueAsOf.Total); // the first of three equal parts
        var after = await client.GetPageAsync(url + "?done=installments");
        var plan = Regex.Match(after, "<ol data-installments>(.*?)</ol>", RegexOptions.Singleline);
        Assert.True(plan.Success);
        Assert.Equal(3, Regex.Matches(plan.Groups[1].Value, "<li>").Count);
        Assert.DoesNotContain("data-installments-form", after, StringComparison.Ordinal);
        var again = await client.SubmitAsync(url, [new("stamp", (await world.AssessmentAsync(owner.Notice)).ConcurrencyStamp)], postUrl: url + "?handler=Installments");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var below = await world.OwnerAsync(14_999_950m, LandUse.ResidentialOther); // 2,999.99
        var other = world.As(await People.CreateAsync(host, People.NewEmail("tax-small"), UserKind.Resident, []));
        await world.LinkAsync(other, below);
        var belowUrl = world.Path($"/tax/my/{below.Notice}");
        var belowPage = await other.GetPageAsync(belowUrl);
        Assert.Contains("data-total=\"2999.99\"", belowPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-installments-form", belowPage, StringComparison.Ordinal);
        var forced = await other.SubmitAsync(belowUrl, [new("stamp", (await world.AssessmentAsync(below.Notice)).ConcurrencyStamp)], postUrl: belowUrl + "?handler=Installments");
        Assert.Equal(HttpStatusCode.Conflict, forced.StatusCode);
        Assert.False((await world.AssessmentAsync(below.Notice)).Installments);
    }

    [Fact]
    public async Task Objection_OnDay30IsAccepted_OnDay31Refused()
    {
        var world = await ResidentTaxWorld.CreateAsync(host);
        var late = await world.OwnerAsync(60_000_000m);
        var onTime = await world.OwnerAsync(60_000_000m);
        var lateClient = world.ResidentClient;
        var onTimeClient = world.As(await People.CreateAsync(host, People.NewEmail("tax-objector"), UserKind.Resident, []));
        await world.LinkAsync(lateClient, late);
        await world.LinkAsync(onTimeClient, onTime);
        const string grounds = "เนื้อที่ดินจริง 80 ตารางวา ไม่ใช่ 100 ตารางวา ตามที่ประเมิน";

        using (host.Clock.Shift(TimeSpan.FromDays(31)))
        {
            var url = world.Path($"/tax/my/{late.Notice}");
            var page = await lateClient.GetPageAsync(url);
            Assert.DoesNotContain("data-objection-form", page, StringComparison.Ordinal);
            Assert.Contains("data-objection-closed", page, StringComparison.Ordinal);
            var refused = await lateClient.SubmitAsync(world.Path("/tax/my/link"), [new("Grounds", grounds)], postUrl: url + "?handler=Object");
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("พ้นกำหนดยื่นคำคัดค้านแล้ว", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(0, await world.InLaoAsync((_, db) => db.Set<Objection>().CountAsync(o => o.AssessmentNumber == late.Notice)));

        using (host.Clock.Shift(TimeSpan.FromDays(30)))
        {
            var url = world.Path($"/tax/my/{onTime.Notice}");
            var filed = await onTimeClient.SubmitAsync(url, [new("Grounds", grounds)], postUrl: url + "?handler=Object");
            Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
            var page = await onTimeClient.GetPageAsync(url + "?done=objected");
            Assert.Contains("data-status=\"Filed\"", page, StringComparison.Ordinal);
            Assert.Contains(grounds, page, StringComparison.Ordinal);
            Assert.DoesNotContain("data-objection-form", page, StringComparison.Ordinal); // one at a time
        }
        Assert.Equal(AssessmentStatus.Objected, (await world.AssessmentAsync(onTime.Notice)).Status);
    }

    [Fact]
    public async Task AnotherResident_CannotOpenTheNotice_ButAnAssessingOfficerCan()
    {
        var world = await ResidentTaxWorld.CreateAsync(host);
        var owner = await world.OwnerAsync(60_000_000m);
        await world.LinkAsync(world.ResidentClient, owner);
        var url = world.Path($"/tax/my/{owner.Notice}");

        var stranger = world.As(await People.CreateAsync(host, People.NewEmail("tax-stranger"), UserKind.Resident, []));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync(url)).StatusCode);
        var post = await stranger.SubmitAsync(world.Path("/tax/my/link"), [new("Grounds", "ไม่เห็นด้วยกับการประเมินนี้เลย")], postUrl: url + "?handler=Object");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await new FormClient(host.AnonymousClient()).Http.GetAsync(url)).StatusCode); // sign in first

        var officer = host.ClientAs(Guid.NewGuid(), world.Lao.Id, RoleTemplates.RevenueOfficer);
        var staffPage = await officer.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, staffPage.StatusCode);
        Assert.DoesNotContain("data-objection-form", await staffPage.Content.ReadAsStringAsync(), StringComparison.Ordinal); // the owner's own step
    }

    [Fact]
    public async Task OnlineDeclaration_FilesTheDeclaration_RegistersTheNewSignWithItsPhoto_AndRefusesAProgramAsPhoto()
    {
        var world = await ResidentTaxWorld.CreateAsync(host);
        var owner = await world.OwnerAsync(60_000_000m);
        var client = world.ResidentClient;
        var url = world.Path("/tax/declare");
        Assert.Contains("data-not-linked", await client.GetPageAsync(url), StringComparison.Ordinal);
        await world.LinkAsync(client, owner);

        var installed = BangkokTime.Today(host.Clock).AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        (string, string)[] fields = [("payer", owner.PayerCode), ("Rows[0].Place", "ร้านกาแฟดอยคำ"), ("Rows[0].Address", "12 หมู่ 3 ตำบลในเมือง"),
            ("Rows[0].Type", "1"), ("Rows[0].WidthCm", "200"), ("Rows[0].HeightCm", "100"), ("Rows[0].InstalledOn", installed)];

        var bad = await client.SubmitWithFilesAsync(url, fields, [("Rows[0].Photo", "sign.jpg", PublicWorld.Program)]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var badPage = await bad.Content.ReadAsStringAsync();
        Assert.Contains("JPEG หรือ PNG", ResidentTaxWorld.ErrorFor(badPage, "Rows[0].Photo"), StringComparison.Ordinal);
        Assert.Contains("ร้านกาแฟดอยคำ", badPage, StringComparison.Ordinal); // kept
        Assert.Equal(0, await world.InLaoAsync((_, db) => db.Set<SignDeclaration>().CountAsync(d => d.PayerId == owner.PayerId)));
        Assert.Equal(0, await world.InLaoAsync((_, db) => db.Set<Sign>().CountAsync(s => s.PayerId == owner.PayerId)));

        var filed = await client.SubmitWithFilesAsync(url, fields, [("Rows[0].Photo", "sign.png", PublicWorld.Png())]);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        var declaration = await world.InLaoAsync((_, db) => db.Set<SignDeclaration>().AsNoTracking().SingleAsync(d => d.PayerId == owner.PayerId));
        Assert.Equal(FilingChannel.Online, declaration.Channel);
        Assert.Equal(world.Resident.Id, declaration.FiledByUserId);
        Assert.Equal(world.Year, declaration.Year);
        var sign = await world.InLaoAsync((_, db) => db.Set<Sign>().AsNoTracking().SingleAsync(s => s.PayerId == owner.PayerId));
        Assert.Equal(("ร้านกาแฟดอยคำ", 1, 200, 100), (sign.Place, sign.Type, sign.WidthCm, sign.HeightCm));
        Assert.Equal(sign.Id, Assert.Single(declaration.Signs).SignId);
        var photo = await world.InLaoAsync((_, db) => db.Set<SignPhoto>().AsNoTracking().SingleAsync(p => p.SignId == sign.Id));
        Assert.Equal(sign.PhotoId, photo.Id);
        Assert.Equal("image/png", photo.ContentType);

        var confirmation = await client.GetPageAsync(world.Path(filed.Headers.Location!.OriginalString.Replace($"/t/{world.Lao.Code}", "", StringComparison.Ordinal)));
        Assert.Contains($"data-filed=\"{declaration.Number}\" data-late=\"false\"", confirmation, StringComparison.Ordinal); // a new sign, within 15 days
        Assert.Contains($"data-declaration=\"{declaration.Number}\"", confirmation, StringComparison.Ordinal);
        Assert.Contains($"data-sign-row=\"{sign.Number}\"", confirmation, StringComparison.Ordinal); // now prefilled for the next declaration
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteResidentTaxTests(SqliteHost host) : ResidentTaxTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresResidentTaxTests(PostgresHost host) : ResidentTaxTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlResidentTaxTests(MySqlHost host) : ResidentTaxTests(host);
