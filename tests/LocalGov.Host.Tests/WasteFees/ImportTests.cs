using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Auditing;
using LocalGov.Thai;
using Microsoft.EntityFrameworkCore;
using ServicePoint = LocalGov.WasteFees.ServicePoints.ServicePoint;

namespace LocalGov.Host.Tests.WasteFees;

/// <summary>CSV import: a row-by-row report, nothing saved until confirmed, all rows or only the valid ones.</summary>
public abstract partial class ImportTests(LocalGovHost host)
{
    private const string Header = "house_code,house_no,moo,subdistrict,place_name,payer_name,payer_national_id,fee_class,zone,route,route_order,start_date,exempt_reason,exempt_from";

    private static string Row(string houseNo, string? houseCode = null, string place = "", string id = "", string feeClass = "HOUSE", string start = "2026-01-01",
        string exemptReason = "", string exemptFrom = "") =>
        $"{houseCode},{houseNo},3,สุเทพ,{place},\"ผู้ชำระ {houseNo}, ครัวเรือน\",{id},{feeClass},Z1,R1,{houseNo.Length},{start},{exemptReason},{exemptFrom}";

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n");

    private static async Task<(HttpResponseMessage Response, string Html)> CheckAsync(WasteWorld world, FormClient client, byte[] file)
    {
        var response = await client.SubmitWithFilesAsync(world.Path("/staff/waste/import"), [], [("file", "points.csv", file)],
            world.Path("/staff/waste/import?handler=Check"));
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> ConfirmAsync(WasteWorld world, FormClient client, string report, params (string, string)[] more) =>
        PostImportAsync(world, client, [("sealedFile", Hidden(report, "sealedFile")), ("fileName", "points.csv"), ("expected", Hidden(report, "expected")), .. more]);

    private static Task<HttpResponseMessage> PostImportAsync(WasteWorld world, FormClient client, (string Key, string Value)[] fields) =>
        client.SubmitAsync(world.Path("/staff/waste/import"), fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)),
            world.Path("/staff/waste/import?handler=Import"));

    private static string Hidden(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value);

    private static Task<List<string>> HouseNumbersAsync(WasteWorld world) =>
        world.InScopeAsync((_, db) => db.Set<ServicePoint>().AsNoTracking().OrderBy(p => p.AccountNo).Select(p => p.HouseNo).ToListAsync());

    [Fact]
    public async Task ACleanFile_IsCheckedWithoutSaving_ThenImportedWhole_InOneAuditedAction()
    {
        var world = await WasteWorld.CreateAsync(host);
        var officer = world.OfficerClient;
        var id = ThaiNationalId.Generate(new Random(3));
        var file = Csv(Row("1", ThaiHouseCode.Generate(new Random(1)), id: id), Row("2", place: "\"ร้าน \"\"ลุงมี\"\"\""), Row("3", feeClass: "shop"),
            Row("4", exemptReason: "ผู้ถือบัตรสวัสดิการแห่งรัฐ", exemptFrom: "1/1/2569"));

        var (checkedResponse, report) = await CheckAsync(world, officer, file);

        Assert.Equal(HttpStatusCode.OK, checkedResponse.StatusCode);
        Assert.Contains("data-total=\"4\" data-valid=\"4\" data-invalid=\"0\"", report, StringComparison.Ordinal);
        Assert.Contains("data-import-all", report, StringComparison.Ordinal);
        Assert.DoesNotContain(id, report, StringComparison.Ordinal); // the sealed file is encrypted
        Assert.Empty(await HouseNumbersAsync(world));

        var imported = await ConfirmAsync(world, officer, report);

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.EndsWith("/staff/waste?imported=4", imported.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(["1", "2", "3", "4"], await HouseNumbersAsync(world));
        var points = await world.InScopeAsync((_, db) => db.Set<ServicePoint>().AsNoTracking().OrderBy(p => p.AccountNo).ToListAsync());
        Assert.Equal(ThaiNationalId.Mask(id), points[0].PayerIdMasked);
        Assert.Equal("ร้าน \"ลุงมี\"", points[1].PlaceName);
        Assert.Equal("ผู้ชำระ 2, ครัวเรือน", points[1].PayerName);
        Assert.Equal((await world.FeeClassAsync("SHOP")).Id, points[2].FeeClassId);
        Assert.Equal(new DateOnly(2026, 1, 1), points[3].ExemptFrom);
        var entry = await Eventually.HoldsAsync(() => world.InScopeAsync(async (_, db) =>
            Assert.Single(await db.Set<AuditLog>().IgnoreQueryFilters().AsNoTracking().Include(a => a.Changes)
                .Where(a => a.TenantId == world.Tenant.Id && a.Details != null && a.Details.Contains("WasteFees.Import")).ToListAsync())));
        Assert.Contains("4 points imported; 0 rows with errors", entry.Details, StringComparison.Ordinal);
        Assert.Empty(entry.Changes); // one action, not a change record per point

        // the same file again: every row is now a duplicate of a registered point (rows 2–5 without a house code are not)
        var (_, again) = await CheckAsync(world, officer, file);
        Assert.Contains("data-problem-row=\"2\" data-problem-field=\"house_code\"", again, StringComparison.Ordinal);
        Assert.Contains(points[0].AccountNo, again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileWithErrors_GetsAReportByRowAndField_AndNothingIsSavedUnlessTheOfficerTakesOnlyTheValidRows()
    {
        var world = await WasteWorld.CreateAsync(host);
        var officer = world.OfficerClient;
        var code = ThaiHouseCode.Generate(new Random(5));
        var file = Csv(
            Row("1", code),
            Row("2", "1234-567890-0"),                    // row 3: bad house code
            Row("3", id: "1111111111111"),                // row 4: bad national ID
            Row("4", feeClass: "NOPE", start: "31/02/2569"), // row 5: unknown class and no such date
            Row("5", code),                               // row 6: same house and place as row 2
            Row("6", code, place: "ร้านค้า"),             // another place in the same house: fine
            "7,สุเทพ,too,few");                           // row 8: wrong width

        var (_, report) = await CheckAsync(world, officer, file);

        Assert.Contains("data-total=\"7\" data-valid=\"2\" data-invalid=\"5\"", report, StringComparison.Ordinal);
        Assert.Contains("data-problem-row=\"3\" data-problem-field=\"house_code\"", report, StringComparison.Ordinal);
        Assert.Contains("data-problem-row=\"4\" data-problem-field=\"payer_national_id\"", report, StringComparison.Ordinal);
        Assert.Contains("data-problem-row=\"5\" data-problem-field=\"fee_class\"", report, StringComparison.Ordinal);
        Assert.Contains("data-problem-row=\"5\" data-problem-field=\"start_date\"", report, StringComparison.Ordinal);
        Assert.Contains("data-problem-row=\"6\" data-problem-field=\"house_code\"", report, StringComparison.Ordinal);
        Assert.Contains("รหัสประจำบ้านและชื่อสถานที่ซ้ำกับแถวที่ 2 ในไฟล์นี้", WebUtility.HtmlDecode(report), StringComparison.Ordinal); // the reader's language only
        Assert.DoesNotContain("The same house code and place name", WebUtility.HtmlDecode(report), StringComparison.Ordinal);
        Assert.Contains("data-problem-row=\"8\" data-problem-field=\"\"", report, StringComparison.Ordinal);
        Assert.Contains("เลขประจำตัวประชาชนผู้ชำระไม่ถูกต้อง", report, StringComparison.Ordinal);
        Assert.DoesNotContain("data-import-all", report, StringComparison.Ordinal);
        Assert.Contains("data-import-valid", report, StringComparison.Ordinal);
        Assert.Empty(await HouseNumbersAsync(world));

        // a forged "import all" of a file with errors, and "only the valid rows" without ticking that the rest is left out
        var all = await ConfirmAsync(world, officer, report);
        Assert.Equal(HttpStatusCode.Conflict, all.StatusCode);
        var unticked = await ConfirmAsync(world, officer, report, ("validOnly", "true"));
        Assert.Equal(HttpStatusCode.BadRequest, unticked.StatusCode);
        Assert.Contains("ติ๊กยืนยันว่าจะไม่นำเข้าแถวที่มีข้อผิดพลาด", await unticked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var tampered = await PostImportAsync(world, officer,
            [("sealedFile", Hidden(report, "sealedFile")[..^4] + "AAAA"), ("expected", "2"), ("validOnly", "true"), ("leaveOut", "true")]);
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        var otherOfficer = await PostImportAsync(world, world.AdminClient,
            [("sealedFile", Hidden(report, "sealedFile")), ("expected", "2"), ("validOnly", "true"), ("leaveOut", "true")]);
        Assert.Equal(HttpStatusCode.BadRequest, otherOfficer.StatusCode); // sealed for the officer who checked it
        Assert.Empty(await HouseNumbersAsync(world));

        var valid = await ConfirmAsync(world, officer, report, ("validOnly", "true"), ("leaveOut", "true"));

        Assert.Equal(HttpStatusCode.Redirect, valid.StatusCode);
        Assert.Equal(["1", "6"], await HouseNumbersAsync(world));
    }

    [Fact]
    public async Task WhatChangedSinceTheCheck_StopsTheImport_WithTheNewReport()
    {
        var world = await WasteWorld.CreateAsync(host);
        var code = ThaiHouseCode.Generate(new Random(9));
        var (_, report) = await CheckAsync(world, world.OfficerClient, Csv(Row("1", code), Row("2")));
        await world.AddPointAsync(WasteWorld.House("1") with { HouseCode = code }); // someone registers row 2's house meanwhile

        var response = await ConfirmAsync(world, world.OfficerClient, report);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("data-total=\"2\" data-valid=\"1\" data-invalid=\"1\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await HouseNumbersAsync(world));
    }

    [Fact]
    public async Task AFileThatCannotBeRead_IsExplained_AndTheTemplateCanBeDownloaded()
    {
        var world = await WasteWorld.CreateAsync(host);
        var officer = world.OfficerClient;

        var (_, missing) = await CheckAsync(world, officer, Encoding.UTF8.GetBytes("house_no,payer\n1,x\n"));
        Assert.Contains("ไม่มีคอลัมน์ที่ต้องมี: subdistrict, payer_name, fee_class, zone, route, start_date", missing, StringComparison.Ordinal);
        Assert.Contains("คอลัมน์ที่ไม่รู้จัก: payer", missing, StringComparison.Ordinal);
        Assert.DoesNotContain("data-confirm-import", missing, StringComparison.Ordinal);
        var (_, binary) = await CheckAsync(world, officer, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        Assert.Contains("ไฟล์นี้เป็นสมุดงาน Excel ไม่ใช่ CSV", binary, StringComparison.Ordinal);

        var template = await officer.Http.GetAsync(world.Path("/staff/waste/import?handler=template"));
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal("text/csv", template.Content.Headers.ContentType!.MediaType);
        var (_, fromTemplate) = await CheckAsync(world, officer, await template.Content.ReadAsByteArrayAsync());
        Assert.Contains("data-total=\"1\" data-valid=\"1\"", fromTemplate, StringComparison.Ordinal); // the example row is a valid point
        Assert.Equal(HttpStatusCode.Forbidden, (await world.CollectorClient.Http.GetAsync(world.Path("/staff/waste/import?handler=template"))).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteImportTests(SqliteHost host) : ImportTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresImportTests(PostgresHost host) : ImportTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlImportTests(MySqlHost host) : ImportTests(host);
