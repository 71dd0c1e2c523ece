using System.Net;
using System.Text;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Tax;

/// <summary>
/// The revenue dashboard on a known set: a person (with email) owning 200 square wa of shop and 200 of other
/// residence (2 M baht each: 6,000 + 400 baht) who pays 1,000; a company (no email) owning 100 square wa of vacant
/// land (1 M baht: 3,000 baht) who pays nothing.
/// </summary>
public abstract class DashboardTaxTests(LocalGovHost host)
{
    private sealed record KnownSet(DashboardTaxWorld World, TaxAssessment Person, TaxAssessment Company, string PersonBill, string CompanyBill);

    private async Task<KnownSet> KnownSetAsync()
    {
        var world = await DashboardTaxWorld.CreateAsync(host);
        var person = await world.OwnerAsync(PayerKind.Person, "=นางสาวทดสอบ เจ้าของร้าน", "owner@example.com", 11,
            new UsePart(LandUse.Other, 200), new UsePart(LandUse.ResidentialOther, 200));
        var company = await world.OwnerAsync(PayerKind.Juristic, "บริษัท ที่ว่าง จำกัด", null, 12, new UsePart(LandUse.Vacant, 100));
        var personBill = Assert.Single(await world.BillsAsync(person.Id));
        var companyBill = Assert.Single(await world.BillsAsync(company.Id));
        Assert.Equal(6_400m, personBill.Principal);
        Assert.Equal(3_000m, companyBill.Principal);
        await world.PayAsync(personBill.BillId, 1_000m);
        return new KnownSet(world, person, company, personBill.BillNumber, companyBill.BillNumber);
    }

    /// <summary>A day after both assessments fell due.</summary>
    private IDisposable AfterDue(KnownSet set) =>
        host.Clock.Shift(set.Person.DueDate.AddDays(1).ToDateTime(new TimeOnly(5, 0), DateTimeKind.Utc) - host.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Dashboard_ShowsAssessedAndCollectedByCategory_PaymentsCountedInLineOrder()
    {
        var set = await KnownSetAsync();
        var page = await set.World.OfficerClient.GetPageAsync(set.World.Path($"/staff/tax/dashboard?year={set.World.Year + 543}"));

        var table = Section(page, "data-categories");
        // the residence line comes first on the bill, so the 1,000 paid covers its 400 and then 600 of the shop's 6,000
        Figures(Row(table, $"data-head=\"{LandUse.ResidentialOther.Head()}\""), "400.00", "400.00", "0.00", "100.0%");
        Figures(Row(table, $"data-head=\"{LandUse.Other.Head()}\""), "6,000.00", "600.00", "5,400.00", "10.0%");
        Figures(Row(table, $"data-head=\"{LandUse.Vacant.Head()}\""), "3,000.00", "0.00", "3,000.00", "0.0%");
        Figures(Row(table, $"data-head=\"{LandUse.Agricultural.Head()}\""), "0.00", "0.00", "0.00", "-");
        Figures(Row(table, "data-head=\"SBT-TAX\""), "0.00", "0.00", "0.00", "-");
        Figures(Row(table, "data-total"), "9,400.00", "1,000.00", "8,400.00", "10.6%");
        Assert.Contains("data-land-building>2<", page, StringComparison.Ordinal);
        Assert.Contains("data-signboard>0<", page, StringComparison.Ordinal);
        Assert.Contains("data-letters>1<", page, StringComparison.Ordinal); // the company has no email
        Assert.Contains("<svg viewBox=\"0 0 720 240\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"chart-collected\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal);
        // nothing is overdue before the due date
        Assert.Contains("data-no-arrears", page, StringComparison.Ordinal);

        // the year as CE gives the same page; a year with nothing shows zeros
        var ce = await set.World.OfficerClient.GetPageAsync(set.World.Path($"/staff/tax/dashboard?year={set.World.Year}"));
        Figures(Row(Section(ce, "data-categories"), "data-total"), "9,400.00", "1,000.00", "8,400.00", "10.6%");
        var earlier = await set.World.OfficerClient.GetPageAsync(set.World.Path($"/staff/tax/dashboard?year={set.World.Year - 1}"));
        Figures(Row(Section(earlier, "data-categories"), "data-total"), "0.00", "0.00", "0.00", "-");
        Assert.Contains("data-empty", earlier, StringComparison.Ordinal);

        // paying the rest of the person's bill moves it all to collected
        var bill = Assert.Single(await set.World.BillsAsync(set.Person.Id));
        await set.World.PayAsync(bill.BillId, 5_400m);
        page = await set.World.OfficerClient.GetPageAsync(set.World.Path("/staff/tax/dashboard"));
        Figures(Row(Section(page, "data-categories"), $"data-head=\"{LandUse.Other.Head()}\""), "6,000.00", "6,000.00", "0.00", "100.0%");
    }

    [Fact]
    public async Task Arrears_ListOverdueAssessments_LargestFirst_WithoutNationalIds()
    {
        var set = await KnownSetAsync();
        string page;
        using (AfterDue(set))
        {
            // the assessments' year asked for by name: a day after the due date may fall in the next calendar year
            page = await set.World.OfficerClient.GetPageAsync(set.World.Path($"/staff/tax/dashboard?year={set.World.Year}"));
        }
        var rows = Section(page, "data-arrears");
        Assert.Equal(2, Count(rows, "data-number=\""));
        Assert.True(rows.IndexOf(set.Person.Number, StringComparison.Ordinal) < rows.IndexOf(set.Company.Number, StringComparison.Ordinal),
            "the person owes 5,400, the company 3,000");
        var person = Row(rows, $"data-number=\"{set.Person.Number}\"");
        Assert.Contains("data-outstanding>5,400.00<", person, StringComparison.Ordinal);
        Assert.Contains($"data-due=\"{set.Person.DueDate:yyyy-MM-dd}\"", person, StringComparison.Ordinal);
        Assert.Contains("ยังไม่ส่ง", person, StringComparison.Ordinal);
        Assert.Contains("data-outstanding>3,000.00<", Row(rows, $"data-number=\"{set.Company.Number}\""), StringComparison.Ordinal);
        Assert.Contains("2 ราย 8,400.00 บาท", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-no-arrears", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvFiles_HoldTheFigures_AndTheArrears_AuditedAndWithoutIds()
    {
        var set = await KnownSetAsync();
        var year = set.World.Year;
        var summary = await CsvAsync(set.World.OfficerClient, set.World.Path($"/staff/tax/dashboard.csv?year={year + 543}"));
        Assert.Equal("year,year_be,head,category,category_th,assessed,collected,outstanding,collection_rate_percent", summary[0]);
        Assert.Contains($"{year},{year + 543},LBT-RESIDENTIAL-OTHER,Other residential,อยู่อาศัยอื่น,400.00,400.00,0.00,100.0", summary);
        Assert.Contains($"{year},{year + 543},LBT-OTHER,\"Other (commercial, industrial)\",อื่น ๆ (พาณิชย์ อุตสาหกรรม),6000.00,600.00,5400.00,10.0", summary);
        Assert.Contains($"{year},{year + 543},LBT-VACANT,Vacant or unused,ทิ้งไว้ว่างเปล่า,3000.00,0.00,3000.00,0.0", summary);
        Assert.Contains($"{year},{year + 543},SBT-FILING,Signboard filing surcharge,เงินเพิ่มกรณียื่นแบบป้ายเกินกำหนดหรือไม่ยื่น,0.00,0.00,0.00,", summary);
        Assert.Equal($"{year},{year + 543},total,Total,รวม,9400.00,1000.00,8400.00,10.6", summary[^1]);
        Assert.Equal(1 + 10 + 1, summary.Length);

        string[] arrears;
        using (AfterDue(set))
        {
            arrears = await CsvAsync(set.World.OfficerClient, set.World.Path($"/staff/tax/dashboard/arrears.csv?year={year}"));
        }
        Assert.Equal("assessment_no,kind,payer_no,payer_name,due_date,outstanding,warning_issued_on,warning_deadline", arrears[0]);
        Assert.StartsWith($"{set.Person.Number},land-building,TXP-", arrears[1], StringComparison.Ordinal);
        Assert.EndsWith($",'=นางสาวทดสอบ เจ้าของร้าน,{set.Person.DueDate:yyyy-MM-dd},5400.00,,", arrears[1], StringComparison.Ordinal);
        Assert.EndsWith($",บริษัท ที่ว่าง จำกัด,{set.Company.DueDate:yyyy-MM-dd},3000.00,,", arrears[2], StringComparison.Ordinal);
        Assert.Equal(3, arrears.Length);
        var masks = await set.World.InScopeAsync((_, db) => db.Set<TaxPayer>().Select(p => p.IdMasked).ToListAsync());
        foreach (var mask in masks)
        {
            Assert.DoesNotContain(mask[^4..], string.Join('\n', arrears), StringComparison.Ordinal);
        }

        await Eventually.HoldsAsync(async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            var entry = await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<AuditLog>()
                .SingleAsync(a => a.TenantId == set.World.Tenant.Id && a.Details != null && a.Details.Contains("Tax.ArrearsExported"));
            Assert.Contains("2 assessments", entry.Details, StringComparison.Ordinal);
            Assert.Equal(set.World.Officer.Id.ToString(), entry.UserId);
            return true;
        });
    }

    [Fact]
    public async Task Dashboard_IsForReportReadersOnly_AndRefusesABadYear()
    {
        var world = await DashboardTaxWorld.CreateAsync(host);
        foreach (var url in new[] { "/staff/tax/dashboard", "/staff/tax/dashboard.csv", "/staff/tax/dashboard/arrears.csv" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await world.CashierClient.Http.GetAsync(world.Path(url))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await world.OfficerClient.Http.GetAsync(world.Path(url))).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await host.AnonymousClient().GetAsync(world.Path(url))).StatusCode);
        }
        var bad = await world.OfficerClient.Http.GetAsync(world.Path("/staff/tax/dashboard?year=25x9"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var text = await bad.Content.ReadAsStringAsync();
        Assert.Contains("ปีภาษีไม่ถูกต้อง", text, StringComparison.Ordinal);
        Assert.Contains("value=\"25x9\"", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await world.OfficerClient.Http.GetAsync(world.Path("/staff/tax/dashboard.csv?year=1999"))).StatusCode);
    }

    [Fact]
    public async Task AnotherLaosTax_IsNotCounted()
    {
        var set = await KnownSetAsync();
        var other = await DashboardTaxWorld.CreateAsync(host);
        await other.OwnerAsync(PayerKind.Person, "ผู้เสียภาษี เทศบาลอื่น", null, 13, new UsePart(LandUse.Other, 100));

        var page = await set.World.OfficerClient.GetPageAsync(set.World.Path("/staff/tax/dashboard"));
        Figures(Row(Section(page, "data-categories"), "data-total"), "9,400.00", "1,000.00", "8,400.00", "10.6%");
        using (AfterDue(set))
        {
            // the assessments' year asked for by name: a day after the due date may fall in the next calendar year
            page = await set.World.OfficerClient.GetPageAsync(set.World.Path($"/staff/tax/dashboard?year={set.World.Year}"));
        }
        Assert.DoesNotContain("เทศบาลอื่น", page, StringComparison.Ordinal);
        Assert.Equal(2, Count(Section(page, "data-arrears"), "data-number=\""));
    }

    private static async Task<string[]> CsvAsync(FormClient client, string url)
    {
        var response = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>From the element carrying <paramref name="marker"/> to the end of its table.</summary>
    private static string Section(string page, string marker)
    {
        var start = page.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {marker} on the page");
        var end = page.IndexOf("</table>", start, StringComparison.Ordinal);
        return page[start..end];
    }

    private static string Row(string html, string marker)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row {marker}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static int Count(string html, string marker)
    {
        var count = 0;
        for (var i = html.IndexOf(marker, StringComparison.Ordinal); i >= 0; i = html.IndexOf(marker, i + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private static void Figures(string row, string assessed, string collected, string outstanding, string rate)
    {
        Assert.Contains($"data-assessed>{assessed}<", row, StringComparison.Ordinal);
        Assert.Contains($"data-collected>{collected}<", row, StringComparison.Ordinal);
        Assert.Contains($"data-outstanding>{outstanding}<", row, StringComparison.Ordinal);
        Assert.Contains($"data-rate>{rate}<", row, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDashboardTaxTests(SqliteHost host) : DashboardTaxTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDashboardTaxTests(PostgresHost host) : DashboardTaxTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlDashboardTaxTests(MySqlHost host) : DashboardTaxTests(host);
