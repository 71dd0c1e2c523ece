using System.Net;
using System.Text;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Auditing;
using LocalGov.Thai;
using LocalGov.WasteFees.ServicePoints;
using ServicePoint = LocalGov.WasteFees.ServicePoints.ServicePoint;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Tests.WasteFees;

/// <summary>The service-point pages: register, every error beside its field, edit with the stored ID kept, stale edits, evidence files, access.</summary>
public abstract class PointsTests(LocalGovHost host)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    [Fact]
    public async Task APointRegisteredOnTheForm_IsListedAndShownWithTheIdMasked_AndAnEditKeepsTheStoredIdUntilRemoved()
    {
        var world = await WasteWorld.CreateAsync(host);
        var officer = world.OfficerClient;
        var id = ThaiNationalId.Generate(new Random(7));
        var houseCode = ThaiHouseCode.Generate(new Random(8));
        var input = WasteWorld.House("99/1") with { HouseCode = houseCode, PayerNationalId = id, PayerPhone = "081-000-1111", PlaceName = "ร้านป้าแดง" };

        var created = await officer.SubmitAsync(world.Path("/staff/waste/points/new"), PointsPages.Fields(input));
        var pointId = PointsPages.PointId(created);

        var detail = await officer.GetPageAsync(world.Path($"/staff/waste/points/{pointId}"));
        Assert.Contains(ThaiNationalId.Mask(id), detail, StringComparison.Ordinal);
        Assert.DoesNotContain(id, detail, StringComparison.Ordinal);
        Assert.Contains("ร้านป้าแดง", detail, StringComparison.Ordinal);
        var list = await officer.GetPageAsync(world.Path("/staff/waste?q=" + Uri.EscapeDataString("ป้าแดง")));
        Assert.Contains("data-matching=\"1\"", list, StringComparison.Ordinal);
        Assert.Contains(ThaiNationalId.Mask(id), list, StringComparison.Ordinal);
        Assert.DoesNotContain(id, list, StringComparison.Ordinal);
        Assert.Contains("data-matching=\"1\"", await officer.GetPageAsync(world.Path("/staff/waste?q=" + id)), StringComparison.Ordinal); // by the ID's hash
        Assert.Contains("data-matching=\"0\"", await officer.GetPageAsync(world.Path("/staff/waste?q=99/1&state=stopped")), StringComparison.Ordinal);
        var stored = await Point(world, pointId);
        Assert.Equal(ThaiHouseCode.Normalize(houseCode), stored.HouseCode);

        // the edit form never holds the ID; leaving it blank keeps the stored one
        var edit = input with { PayerNationalId = "", PayerName = "นางแดง ใหม่", FeeClass = "SHOP" };
        var saved = await officer.SubmitAsync(world.Path($"/staff/waste/points/{pointId}"), PointsPages.Fields(edit, ("stamp", PointsPages.Stamp(detail))));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edited = await Point(world, pointId);
        Assert.Equal("นางแดง ใหม่", edited.PayerName);
        Assert.Equal(stored.PayerIdHash, edited.PayerIdHash);
        Assert.Equal((await world.FeeClassAsync("SHOP")).Id, edited.FeeClassId);

        var removed = await officer.SubmitAsync(world.Path($"/staff/waste/points/{pointId}"),
            PointsPages.Fields(edit, ("stamp", edited.ConcurrencyStamp), ("removeId", "true")));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var cleared = await Point(world, pointId);
        Assert.Null(cleared.PayerIdHash);
        Assert.Null(cleared.PayerIdMasked);
    }

    [Fact]
    public async Task EveryBadField_IsReportedBesideIt_InThaiAndEnglish_WhatWasTypedIsKept_AndNothingIsSaved()
    {
        var world = await WasteWorld.CreateAsync(host);
        var bad = new ServicePointInput
        {
            HouseCode = "1234-567890-0", HouseNo = "", Moo = "abc", Subdistrict = "", PayerName = "นายทดสอบ ข้อมูลผิด",
            PayerNationalId = "1234567890123", PayerPhone = "โทร 081", PayerEmail = "not-an-address", FeeClass = "NOPE",
            Zone = "", Route = "R1", RouteOrder = "-3", StartDate = "2026-02-30", StopDate = "2025-01-01",
            ExemptEvidence = "บัตรสวัสดิการ", ExemptUntil = "2026-01-01",
        };

        var response = await world.OfficerClient.SubmitAsync(world.Path("/staff/waste/points/new"), PointsPages.Fields(bad));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var errors = PointsPages.FieldErrors(html);
        Assert.Equal(
            ["exempt_from", "exempt_reason", "fee_class", "house_code", "house_no", "moo", "payer_email", "payer_national_id", "payer_phone",
             "route_order", "start_date", "subdistrict", "zone"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("รหัสประจำบ้านไม่ถูกต้อง", errors["house_code"], StringComparison.Ordinal);
        Assert.DoesNotContain("The house code is not valid", errors["house_code"], StringComparison.Ordinal); // one language per reader
        Assert.Contains("เลขประจำตัวประชาชนผู้ชำระไม่ถูกต้อง", errors["payer_national_id"], StringComparison.Ordinal);
        Assert.DoesNotContain("The payer's national ID is not valid", errors["payer_national_id"], StringComparison.Ordinal);
        Assert.Contains("ไม่มีประเภทค่าธรรมเนียมรหัส 'NOPE'", errors["fee_class"], StringComparison.Ordinal);
        Assert.DoesNotContain("House number is required", errors["house_no"], StringComparison.Ordinal);
        Assert.Contains("กรอกบ้านเลขที่", errors["house_no"], StringComparison.Ordinal);
        Assert.Contains("'2026-02-30' ไม่ใช่วันที่", errors["start_date"], StringComparison.Ordinal);
        Assert.Contains("การยกเว้นต้องระบุเหตุผล", errors["exempt_reason"], StringComparison.Ordinal);
        Assert.Contains("value=\"นายทดสอบ ข้อมูลผิด\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"บัตรสวัสดิการ\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"e-house_code\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await world.InScopeAsync((_, db) => db.Set<ServicePoint>().CountAsync()));
    }

    [Fact]
    public async Task AStaleEditForm_IsA409_AndTheNewerSaveStands()
    {
        var world = await WasteWorld.CreateAsync(host);
        var point = await world.AddPointAsync(WasteWorld.House("5"));
        var url = world.Path($"/staff/waste/points/{point.Id}");
        var officer = world.OfficerClient;
        var stamp = PointsPages.Stamp(await officer.GetPageAsync(url));

        var first = await officer.SubmitAsync(url, PointsPages.Fields(WasteWorld.House("5") with { PayerName = "คนแรก" }, ("stamp", stamp)));
        var second = await world.AdminClient.SubmitAsync(url, PointsPages.Fields(WasteWorld.House("5") with { PayerName = "คนที่สอง" }, ("stamp", stamp)));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("value=\"คนที่สอง\"", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal); // the form is kept to redo
        Assert.Equal("คนแรก", (await Point(world, point.Id)).PayerName);
    }

    [Fact]
    public async Task AnEvidenceFile_IsCheckedByItsBytes_SavedWithTheExemption_AndEachDownloadIsAudited()
    {
        var world = await WasteWorld.CreateAsync(host);
        var officer = world.OfficerClient;
        var exempt = WasteWorld.House("12") with { ExemptReason = "ผู้ถือบัตรสวัสดิการแห่งรัฐ", ExemptEvidence = "ตรวจบัตรแล้ว", ExemptFrom = "2026-01-01" };
        var program = Encoding.ASCII.GetBytes("MZ\u0090\0This program cannot be run in DOS mode");

        var refused = await officer.SubmitWithFilesAsync(world.Path("/staff/waste/points/new"), PointsPages.Tuples(PointsPages.Fields(exempt)),
            [(EvidenceUpload.Field, "card.png", program)]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = PointsPages.FieldErrors(await refused.Content.ReadAsStringAsync());
        Assert.Contains("ไฟล์ card.png ไม่ใช่ PDF, JPEG หรือ PNG", errors[EvidenceUpload.Field], StringComparison.Ordinal);
        Assert.Equal(0, await world.InScopeAsync((_, db) => db.Set<ServicePoint>().CountAsync()));

        var noExemption = await officer.SubmitWithFilesAsync(world.Path("/staff/waste/points/new"), PointsPages.Tuples(PointsPages.Fields(WasteWorld.House("13"))),
            [(EvidenceUpload.Field, "card.jpg", Pdf)]);
        Assert.Equal(HttpStatusCode.BadRequest, noExemption.StatusCode);
        Assert.Contains("แนบไฟล์หลักฐานได้เมื่อบันทึกการยกเว้น", PointsPages.FieldErrors(await noExemption.Content.ReadAsStringAsync())[EvidenceUpload.Field], StringComparison.Ordinal);

        var saved = await officer.SubmitWithFilesAsync(world.Path("/staff/waste/points/new"), PointsPages.Tuples(PointsPages.Fields(exempt)),
            [(EvidenceUpload.Field, "welfare-card.jpg", Pdf)]);
        var pointId = PointsPages.PointId(saved);
        var file = await world.InScopeAsync((_, db) => db.Set<ExemptionEvidenceFile>().AsNoTracking().SingleAsync(f => f.ServicePointId == pointId));
        Assert.Equal("application/pdf", file.ContentType); // by its bytes, whatever its name says

        var download = await officer.Http.GetAsync(world.Path($"/staff/waste/points/{pointId}?handler=evidence&file={file.Id}"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        var account = (await Point(world, pointId)).AccountNo;
        await Eventually.HoldsAsync(() => world.InScopeAsync(async (_, db) =>
        {
            var entries = await db.Set<AuditLog>().IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.TenantId == world.Tenant.Id && a.Details != null && a.Details.Contains("WasteFees.EvidenceDownloaded")).ToListAsync();
            return Assert.Single(entries, e => e.Details!.Contains(account, StringComparison.Ordinal));
        }));

        Assert.Equal(HttpStatusCode.Forbidden, (await world.CollectorClient.Http.GetAsync(world.Path($"/staff/waste/points/{pointId}?handler=evidence&file={file.Id}"))).StatusCode);
    }

    [Fact]
    public async Task ACollector_MayNotOpenThePages_AndAnotherLaoCannotSeeThePoint()
    {
        var world = await WasteWorld.CreateAsync(host);
        var point = await world.AddPointAsync(WasteWorld.House("1"));
        foreach (var page in new[] { "/staff/waste", "/staff/waste/points/new", $"/staff/waste/points/{point.Id}", "/staff/waste/import", "/staff/waste/classes" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await world.CollectorClient.Http.GetAsync(world.Path(page))).StatusCode);
        }

        var other = await WasteWorld.CreateAsync(host);
        Assert.Equal(HttpStatusCode.NotFound, (await other.OfficerClient.Http.GetAsync(other.Path($"/staff/waste/points/{point.Id}"))).StatusCode);
        Assert.DoesNotContain(point.AccountNo, await other.OfficerClient.GetPageAsync(other.Path("/staff/waste")), StringComparison.Ordinal);
        var post = await other.OfficerClient.SubmitAsync(other.Path("/staff/waste/points/new"), PointsPages.Fields(WasteWorld.House("1")), other.Path($"/staff/waste/points/{point.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal("1", (await Point(world, point.Id)).HouseNo);
    }

    [Fact]
    public async Task TheSameHouseCodeAndPlace_IsADuplicate_ButAnotherPlaceInTheHouseIsNot()
    {
        var world = await WasteWorld.CreateAsync(host);
        var code = ThaiHouseCode.Generate(new Random(21));
        var home = await world.AddPointAsync(WasteWorld.House("8") with { HouseCode = code });

        var again = await world.OfficerClient.SubmitAsync(world.Path("/staff/waste/points/new"), PointsPages.Fields(WasteWorld.House("8") with { HouseCode = code }));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains(home.AccountNo, PointsPages.FieldErrors(await again.Content.ReadAsStringAsync())["house_code"], StringComparison.Ordinal);

        var shop = await world.OfficerClient.SubmitAsync(world.Path("/staff/waste/points/new"),
            PointsPages.Fields(WasteWorld.House("8") with { HouseCode = code, PlaceName = "ร้านของชำ", FeeClass = "SHOP" }));
        PointsPages.PointId(shop);
    }

    [Fact]
    public async Task TheDetail_ShowsChargesWithStatusAndArrears_AndThePrepaymentBillIsIssuedFromIt()
    {
        var world = await WasteWorld.CreateAsync(host);
        var point = await world.AddPointAsync(WasteWorld.House("3", start: "2025-01-01"));
        await world.BillAsync(new LocalGov.WasteFees.Billing.BillingPeriod(2025, 3)); // due long ago: overdue
        var url = world.Path($"/staff/waste/points/{point.Id}");

        var detail = await world.OfficerClient.GetPageAsync(url);
        Assert.Contains("data-charge=\"202503\" data-status=\"overdue\"", detail, StringComparison.Ordinal);
        Assert.Contains("data-arrears=\"40.00\"", detail, StringComparison.Ordinal);
        Assert.Contains("data-quote-gross>480.00", detail, StringComparison.Ordinal); // 12 × (20 + 20)

        var issued = await world.OfficerClient.SubmitAsync(url, [], url + "?handler=Prepay");
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var charges = await world.ChargesAsync(point.Id);
        Assert.Equal(13, charges.Count);
        var billNumber = charges[^1].BillNumber!;
        Assert.Contains("bill=" + Uri.EscapeDataString(billNumber), issued.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains($"data-issued-bill=\"{billNumber}\"", await world.OfficerClient.GetPageAsync(issued.Headers.Location.OriginalString), StringComparison.Ordinal);
    }

    private static Task<ServicePoint> Point(WasteWorld world, Guid id) =>
        world.InScopeAsync((_, db) => db.Set<ServicePoint>().AsNoTracking().SingleAsync(p => p.Id == id));
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePointsTests(SqliteHost host) : PointsTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPointsTests(PostgresHost host) : PointsTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlPointsTests(MySqlHost host) : PointsTests(host);
