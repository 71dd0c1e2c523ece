using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Tax.Import;
using LocalGov.Tax.Registry;
using LocalGov.Thai;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Tax;

/// <summary>CSV import of the register: a row-by-row report, nothing saved until confirmed, whole properties only, owners reused by ID.</summary>
public abstract class RegistryTaxImportTests(LocalGovHost host)
{
    private const string Header = "property_code,kind,location,subdistrict,deed_type,deed_number,rai,ngan,wa,price_code,material,floor_area_m2,year_built,use,years_vacant,owner_kind,owner_id,owner_name,share_percent,in_house_register";

    private static string LandRow(string code, string deed, string id, string name, string share, string use = "agricultural", string home = "no") =>
        $"{code},land,\"1 หมู่ 2, ถนนหลัก\",บางพลี,chanote,{deed},1,0,0,Z01,,,,{use},0,person,{id},{name},{share},{home}";

    private static string BuildingRow(string code, string id, string name, string year = "2555") =>
        $"{code},building,5 ซอยร่มเย็น,บางพลี,,,,,,B01,masonry,120,{year},main-home,0,person,{id},{name},100,yes";

    private static byte[] Csv(params string[] rows) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n")];

    private static string Id(int seed) => ThaiNationalId.Generate(new Random(seed));

    private static async Task<string> CheckAsync(RegistryTaxWorld world, byte[] file)
    {
        var response = await world.OfficerClient.SubmitWithFilesAsync(world.Path("/staff/tax/registry/import"), [], [("file", "register.csv", file)],
            world.Path("/staff/tax/registry/import?handler=Check"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<HttpResponseMessage> ConfirmAsync(RegistryTaxWorld world, string report, params (string, string)[] more) =>
        world.OfficerClient.SubmitAsync(world.Path("/staff/tax/registry/import"),
            new (string Key, string Value)[] { ("sealedFile", Hidden(report, "sealedFile")), ("fileName", "register.csv"), ("expected", Hidden(report, "expected")) }
                .Concat(more).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)),
            world.Path("/staff/tax/registry/import?handler=Import"));

    private static string Hidden(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value);

    private static Task<List<string>> CodesAsync(RegistryTaxWorld world) =>
        world.InScopeAsync(db => db.Set<TaxProperty>().AsNoTracking().OrderBy(p => p.Code).Select(p => p.Code).ToListAsync());

    [Fact]
    public async Task AFileWithErrors_GetsARowReport_ImportsNothing_UnlessTheOfficerTakesOnlyTheValidProperties()
    {
        var world = await RegistryTaxWorld.CreateAsync(host);
        var file = Csv(
            LandRow("L-1", "100", Id(1), "เจ้าของ หนึ่ง", "60"),       // row 2
            LandRow("L-1", "100", Id(2), "เจ้าของ สอง", "40"),         // row 3: co-owner of L-1, fine
            LandRow("L-2", "200", "1111111111111", "ไอดี ผิด", "100"),  // row 4: bad check digit
            LandRow("L-3", "300", Id(3), "แบ่ง ไม่ครบ", "70"),          // row 5: shares add to 70
            LandRow("L-4", "100", Id(4), "โฉนด ซ้ำ", "100"),            // row 6: the deed of row 2
            LandRow("L-5", "500", Id(5), "ห้า", "50"),                  // row 7: fine, but row 8 of the same property is not
            LandRow("L-5", "500", Id(6), "หก", "abc"),                  // row 8: share not a number
            BuildingRow("B-1", Id(7), "บ้าน หลังหลัก"),                 // row 9: fine (year in BE)
            "L-6,land,too,few");                                        // row 10: wrong width

        var report = await CheckAsync(world, file);

        Assert.Contains("data-rows=\"9\" data-properties=\"6\" data-valid=\"2\" data-left-out=\"4\"", report, StringComparison.Ordinal);
        Assert.Contains("data-problem-row=\"4\" data-problem-column=\"owner_id\"", report, StringComparison.Ordinal);
        Assert.Contains("เลขประจำตัวประชาชนไม่ถูกต้อง", report, StringComparison.Ordinal);
        Assert.Contains("data-problem-row=\"5\" data-problem-column=\"share_percent\"", report, StringComparison.Ordinal);
        Assert.Contains("data-problem-row=\"6\" data-problem-column=\"deed_number\"", report, StringComparison.Ordinal);
        Assert.Contains("เอกสารสิทธิ์เลขที่ 100 ซ้ำกับแถวที่ 2", WebUtility.HtmlDecode(report), StringComparison.Ordinal);
        Assert.Contains("data-problem-row=\"8\" data-problem-column=\"share_percent\"", report, StringComparison.Ordinal);
        Assert.Contains("data-problem-row=\"10\" data-problem-column=\"\"", report, StringComparison.Ordinal);
        Assert.DoesNotContain("data-import-all", report, StringComparison.Ordinal);
        Assert.DoesNotContain(Id(1), report, StringComparison.Ordinal);
        Assert.Empty(await CodesAsync(world));

        var all = await ConfirmAsync(world, report); // a forged "import all" of a file with errors
        Assert.Equal(HttpStatusCode.Conflict, all.StatusCode);
        var unticked = await ConfirmAsync(world, report, ("validOnly", "true"));
        Assert.Equal(HttpStatusCode.BadRequest, unticked.StatusCode);
        Assert.Empty(await CodesAsync(world));

        var valid = await ConfirmAsync(world, report, ("validOnly", "true"), ("leaveOut", "true"));

        Assert.Equal(HttpStatusCode.Redirect, valid.StatusCode);
        Assert.EndsWith("/staff/tax/registry?imported=2", valid.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(["B-1", "L-1"], await CodesAsync(world));
        var building = await world.InScopeAsync(db => db.Set<TaxProperty>().AsNoTracking().SingleAsync(p => p.Code == "B-1"));
        Assert.Equal(2012, building.YearBuilt);
        Assert.Equal(3, await world.InScopeAsync(db => db.Set<TaxPayer>().CountAsync()));
    }

    [Fact]
    public async Task ACleanFile_ImportsEveryPropertyWithItsOwnersAndShares_ReusingRegisteredOwners()
    {
        var world = await RegistryTaxWorld.CreateAsync(host);
        var known = await world.Host.InTenantAsync(world.Tenant, async services =>
        {
            var db = services.GetRequiredService<LocalGov.Platform.Data.LocalGovDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var payer = await services.GetRequiredService<TaxRegistry>().CreatePayerAsync(
                new PayerDetails(PayerKind.Person, "มีอยู่ แล้ว", Id(11), null, null, null), default);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return payer;
        });
        var file = Csv(
            LandRow("C-1", "901", Id(11), "ชื่อ ในไฟล์", "50", use: "main-home", home: "yes"),
            LandRow("C-1", "901", Id(12), "คู่ สมรส", "50", use: "main-home", home: "yes"),
            LandRow("C-2", "902", Id(12), "คู่ สมรส", "100"),
            BuildingRow("C-3", Id(13), "เจ้าของ บ้าน", "2015"));

        var report = await CheckAsync(world, file);
        Assert.Contains("data-rows=\"4\" data-properties=\"3\" data-valid=\"3\" data-left-out=\"0\"", report, StringComparison.Ordinal);
        Assert.Contains("data-import-all", report, StringComparison.Ordinal);
        Assert.Empty(await CodesAsync(world));

        var imported = await ConfirmAsync(world, report);

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal(["C-1", "C-2", "C-3"], await CodesAsync(world));
        var payers = await world.InScopeAsync(db => db.Set<TaxPayer>().AsNoTracking().ToListAsync());
        Assert.Equal(3, payers.Count);
        Assert.Equal("มีอยู่ แล้ว", payers.Single(p => p.Id == known.Id).Name); // reused as registered
        var owners = await world.InScopeAsync(db => (from o in db.Set<PropertyOwner>().AsNoTracking()
                                                     join p in db.Set<TaxProperty>().AsNoTracking() on o.PropertyId equals p.Id
                                                     select new { p.Code, o.PayerId, o.SharePercent, o.InHouseRegister }).ToListAsync());
        Assert.Equal(4, owners.Count);
        Assert.Contains(owners, o => o.Code == "C-1" && o.PayerId == known.Id && o.SharePercent == 50m && o.InHouseRegister);
        Assert.Equal(100m, owners.Where(o => o.Code == "C-1").Sum(o => o.SharePercent));
        var c1 = await world.InScopeAsync(db => db.Set<TaxProperty>().AsNoTracking().SingleAsync(p => p.Code == "C-1"));
        Assert.Equal(400m, c1.AreaSquareWa);
        Assert.Equal("1 หมู่ 2, ถนนหลัก", c1.Location);

        // the same file again: every property is now in the register
        var again = await CheckAsync(world, file);
        Assert.Contains("data-valid=\"0\"", again, StringComparison.Ordinal);
        Assert.Contains("มีในทะเบียนแล้ว", WebUtility.HtmlDecode(again), StringComparison.Ordinal);
        Assert.DoesNotContain("data-confirm-import", again, StringComparison.Ordinal);
    }

    [Fact]
    public void TheParser_ReadsQuotesAndLineBreaks_AndRefusesUnknownColumnsAndNonUtf8()
    {
        var file = RegistryCsv.Read(Encoding.UTF8.GetBytes(Header + "\n" + LandRow("Q-1", "1", Id(1), "\"ชื่อ \"\"มี\"\" เครื่องหมาย\"", "100").Replace("ถนนหลัก", "ถนน\nหลัก", StringComparison.Ordinal)));
        Assert.False(file.IsUnusable);
        var row = Assert.Single(file.Rows);
        Assert.Equal("ชื่อ \"มี\" เครื่องหมาย", row["owner_name"]);
        Assert.Equal("1 หมู่ 2, ถนน\nหลัก", row["location"]);

        Assert.Contains("unknown columns: colour", RegistryCsv.Read(Encoding.UTF8.GetBytes(Header + ",colour\n")).Problems[0].Message.En, StringComparison.Ordinal);
        Assert.Contains("not UTF-8", RegistryCsv.Read([0x41, 0xFF, 0xFE, 0x42]).Problems[0].Message.En, StringComparison.Ordinal);
        Assert.Contains("Required columns are missing: use", RegistryCsv.Read(Encoding.UTF8.GetBytes(Header.Replace(",use,", ",", StringComparison.Ordinal) + "\n")).Problems[0].Message.En, StringComparison.Ordinal);
        var template = RegistryCsv.Read(RegistryCsv.Template());
        Assert.Equal(2, template.Rows.Count);
        Assert.Empty(template.Problems);
    }

    [Fact]
    public void AThaiExcelFile_InWindows874_IsRead_AsTheWasteFeeImportReadsIt()
    {
        // what Excel's "CSV (Comma delimited)" saves on a Thai Windows; the waste-fee import always accepted it
        var thai = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(874)!;
        var file = RegistryCsv.Read(thai.GetBytes(Header + "\r\n" + LandRow("W-1", "1", Id(1), "นางสมศรี ใจดี", "100") + "\r\n"));
        Assert.Empty(file.Problems);
        Assert.Equal("นางสมศรี ใจดี", Assert.Single(file.Rows)["owner_name"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteRegistryTaxImportTests(SqliteHost host) : RegistryTaxImportTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresRegistryTaxImportTests(PostgresHost host) : RegistryTaxImportTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlRegistryTaxImportTests(MySqlHost host) : RegistryTaxImportTests(host);
