using System.Net;
using System.Text;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.WasteFees.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServicePoint = LocalGov.WasteFees.ServicePoints.ServicePoint;

namespace LocalGov.Host.Tests.WasteFees;

/// <summary>
/// Billed against collected, arrears and their CSV, on a known set: four points (a house and a shop in zone Z1, a
/// house and an exempt house in Z2) billed for May, August, October and November 2026 (due on the 31st of the
/// month, and 1 December for November), some paid in full, some in part, some not at all.
/// </summary>
public abstract class ReportsTests(LocalGovHost host)
{
    private static readonly BillingPeriod May = new(2026, 5), August = new(2026, 8), October = new(2026, 10), November = new(2026, 11);

    /// <summary>20 December 2026, noon in Bangkok: 19 days after November's due date, 203 after May's.</summary>
    private static readonly DateTimeOffset December20 = new(2026, 12, 20, 5, 0, 0, TimeSpan.Zero);

    private const string Injected = "=1+2 นายสูตร";

    private sealed record KnownSet(WasteWorld World, ServicePoint House, ServicePoint Shop, ServicePoint Debtor, ServicePoint Exempt, string NationalId);

    /// <summary>
    /// House (Z1/R1, 40 a month) pays every month. Debtor (Z2/R3, 40; payer's name starts with "=") pays 15 of May.
    /// Shop (Z1/R2, 100) pays May and 30 of August. Exempt (Z2/R3) is exempt all year.
    /// </summary>
    private async Task<KnownSet> KnownSetAsync()
    {
        var world = await WasteWorld.CreateAsync(host);
        var house = await world.AddPointAsync(WasteWorld.House("1", zone: "Z1", route: "R1"));
        var debtor = await world.AddPointAsync(WasteWorld.House("3", zone: "Z2", route: "R3") with { PayerName = Injected });
        var nationalId = LocalGov.Thai.ThaiNationalId.Generate(new Random(7));
        var shop = await world.AddPointAsync(WasteWorld.House("2", "SHOP", zone: "Z1", route: "R2") with
        {
            PlaceName = "ร้านข้าวแกง", PayerNationalId = nationalId,
        });
        var exempt = await world.AddPointAsync(WasteWorld.House("4", zone: "Z2", route: "R3") with
        {
            ExemptReason = "ผู้ถือบัตรสวัสดิการแห่งรัฐ", ExemptFrom = "2026-01-01",
        });
        foreach (var month in new[] { May, August, October, November })
        {
            await world.BillAsync(month);
        }
        foreach (var charge in await world.ChargesAsync(house.Id))
        {
            await PayAsync(world, charge, 40m);
        }
        var shopCharges = await world.ChargesAsync(shop.Id);
        await PayAsync(world, shopCharges.Single(c => c.Period == May.Key), 100m);
        await PayAsync(world, shopCharges.Single(c => c.Period == August.Key), 30m);
        await PayAsync(world, (await world.ChargesAsync(debtor.Id)).Single(c => c.Period == May.Key), 15m);
        return new KnownSet(world, house, shop, debtor, exempt, nationalId);
    }

    private static Task PayAsync(WasteWorld world, WasteCharge charge, decimal amount) => world.InScopeAsync((services, _) =>
        services.GetRequiredService<IPaymentTaking>().RecordAsync(charge.BillId!.Value, amount, PaymentChannel.Cash, null, null));

    [Fact]
    public async Task ReportPage_ShowsBilledCollectedAndRate_ByMonthAndZone_WithTotals()
    {
        var set = await KnownSetAsync();
        var page = await set.World.OfficerClient.GetPageAsync(set.World.Path("/staff/waste/reports?from=2569-05&to=2026-11"));

        var months = Section(page, "data-months");
        Figures(Row(months, "data-month=\"2026-05\""), "180.00", "155.00", "25.00", "86.1%", 3, 1);
        Figures(Row(months, "data-month=\"2026-06\""), "0.00", "0.00", "0.00", "-", 0, 0);
        Figures(Row(months, "data-month=\"2026-08\""), "180.00", "70.00", "110.00", "38.9%", 3, 1);
        Figures(Row(months, "data-month=\"2026-10\""), "180.00", "40.00", "140.00", "22.2%", 3, 1);
        Figures(Row(months, "data-month=\"2026-11\""), "180.00", "40.00", "140.00", "22.2%", 3, 1);
        Figures(Row(months, "data-total"), "720.00", "305.00", "415.00", "42.4%", 12, 4);
        Assert.Equal(7, Count(months, "data-month=\""));
        Assert.Contains("พ.ค. 2569", months, StringComparison.Ordinal);

        var zones = Section(page, "data-zones");
        Figures(Row(zones, "data-zone=\"Z1\""), "560.00", "290.00", "270.00", "51.8%", 8, 0);
        Figures(Row(zones, "data-zone=\"Z2\""), "160.00", "15.00", "145.00", "9.4%", 4, 4);
        Figures(Row(zones, "data-total"), "720.00", "305.00", "415.00", "42.4%", 12, 4);

        Assert.Equal(3, Count(page, "<svg viewBox=\"0 0 720 240\""));
        Assert.Contains("class=\"chart-billed\"", page, StringComparison.Ordinal);
        Assert.Contains("<title id=\"chart-", page, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);

        var z2 = await set.World.OfficerClient.GetPageAsync(set.World.Path("/staff/waste/reports?from=2026-05&to=2026-11&zone=Z2"));
        Figures(Row(Section(z2, "data-months"), "data-month=\"2026-05\""), "40.00", "15.00", "25.00", "37.5%", 1, 1);
        Figures(Row(Section(z2, "data-months"), "data-total"), "160.00", "15.00", "145.00", "9.4%", 4, 4);
        Assert.DoesNotContain("data-zone=\"Z1\"", z2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportCsv_HasTheSameFigures_InvariantNumbers_UTF8WithBom()
    {
        var set = await KnownSetAsync();
        var lines = await CsvAsync(set.World.OfficerClient, set.World.Path("/staff/waste/reports.csv?from=2026-05&to=2026-11"));

        Assert.Equal("month,month_th,zone,billed,collected,outstanding,collection_rate_percent,bills,exempt", lines[0]);
        Assert.Equal("2026-05,พ.ค. 2569,all,180.00,155.00,25.00,86.1,3,1", lines[1]);
        Assert.Equal("2026-06,มิ.ย. 2569,all,0.00,0.00,0.00,,0,0", lines[2]);
        Assert.Equal("2026-08,ส.ค. 2569,all,180.00,70.00,110.00,38.9,3,1", lines[4]);
        Assert.Equal("2026-11,พ.ย. 2569,all,180.00,40.00,140.00,22.2,3,1", lines[7]);
        Assert.Equal("2026-05,พ.ค. 2569,Z1,140.00,140.00,0.00,100.0,2,0", lines[8]);
        Assert.Equal("2026-05,พ.ค. 2569,Z2,40.00,15.00,25.00,37.5,1,1", lines[9]);
        Assert.Contains("2026-08,ส.ค. 2569,Z1,140.00,70.00,70.00,50.0,2,0", lines);
        Assert.Equal("total,รวม,all,720.00,305.00,415.00,42.4,12,4", lines[^1]);
        Assert.Equal(1 + 7 + (4 * 2) + 1, lines.Length);

        var z1 = await CsvAsync(set.World.OfficerClient, set.World.Path("/staff/waste/reports.csv?from=2026-05&to=2026-11&zone=Z1"));
        Assert.Equal("2026-05,พ.ค. 2569,Z1,140.00,140.00,0.00,100.0,2,0", z1[1]);
        Assert.Equal("total,รวม,Z1,560.00,290.00,270.00,51.8,8,0", z1[^1]);
        Assert.Equal(1 + 7 + 1, z1.Length);
    }

    [Fact]
    public async Task ArrearsPage_ListsOverduePoints_LargestDebtFirst_WithAgeBuckets()
    {
        var set = await KnownSetAsync();
        var client = set.World.OfficerClient;
        string page;
        using (host.Clock.Shift(December20 - host.Clock.GetUtcNow()))
        {
            page = await client.GetPageAsync(set.World.Path("/staff/waste/reports/arrears"));
        }

        var rows = Section(page, "data-arrears");
        Assert.Equal(2, Count(rows, "data-account=\""));
        Assert.True(rows.IndexOf(set.Shop.AccountNo, StringComparison.Ordinal) < rows.IndexOf(set.Debtor.AccountNo, StringComparison.Ordinal),
            "the shop owes more, so it comes first although its account number is later");
        var shop = Row(rows, $"data-account=\"{set.Shop.AccountNo}\"");
        Assert.Contains("data-months>3<", shop, StringComparison.Ordinal);
        Assert.Contains("data-oldest=\"2026-08-31\"", shop, StringComparison.Ordinal);
        Assert.Contains("31 ส.ค. 2569", shop, StringComparison.Ordinal);
        Assert.Contains("data-outstanding>270.00<", shop, StringComparison.Ordinal);
        Assert.Contains("ผู้ชำระ บ้านเลขที่ 2 (ร้านข้าวแกง)", shop, StringComparison.Ordinal);
        Assert.Contains("2 หมู่ 3 ตำบลสุเทพ", shop, StringComparison.Ordinal);
        Assert.Contains("Z1 / R2", shop, StringComparison.Ordinal);
        var debtor = Row(rows, $"data-account=\"{set.Debtor.AccountNo}\"");
        Assert.Contains("data-months>4<", debtor, StringComparison.Ordinal);
        Assert.Contains("data-oldest=\"2026-05-31\"", debtor, StringComparison.Ordinal);
        Assert.Contains("data-outstanding>145.00<", debtor, StringComparison.Ordinal);
        Assert.DoesNotContain(set.House.AccountNo + "\"", rows, StringComparison.Ordinal);
        Assert.DoesNotContain(set.Exempt.AccountNo + "\"", rows, StringComparison.Ordinal);

        var ages = Section(page, "data-ages");
        Age(Row(ages, "data-age=\"1\""), 2, "140.00");     // November: due 1 Dec, 19 days
        Age(Row(ages, "data-age=\"31\""), 2, "140.00");    // October: due 31 Oct, 50 days
        Age(Row(ages, "data-age=\"91\""), 2, "110.00");    // August: due 31 Aug, 111 days
        Age(Row(ages, "data-age=\"181\""), 1, "25.00");    // May: due 31 May, 203 days
        Age(Row(ages, "data-total"), 7, "415.00");
        Assert.Contains("ผู้ค้างชำระ 2 ราย รวม 415.00 บาท", ages, StringComparison.Ordinal);
        Assert.DoesNotContain(LocalGov.Thai.ThaiNationalId.Format(set.NationalId), page, StringComparison.Ordinal);
        Assert.DoesNotContain(set.NationalId, page, StringComparison.Ordinal);

        // on a due date the charge is not yet overdue: on 1 December November's charges drop out
        using (host.Clock.Shift(new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero) - host.Clock.GetUtcNow()))
        {
            page = await client.GetPageAsync(set.World.Path("/staff/waste/reports/arrears"));
        }
        Assert.Contains("data-outstanding>170.00<", Row(page, $"data-account=\"{set.Shop.AccountNo}\""), StringComparison.Ordinal);
        Age(Row(Section(page, "data-ages"), "data-age=\"1\""), 0, "0.00");

        using (host.Clock.Shift(December20 - host.Clock.GetUtcNow()))
        {
            page = await client.GetPageAsync(set.World.Path("/staff/waste/reports/arrears?route=R3"));
        }
        Assert.Equal(1, Count(Section(page, "data-arrears"), "data-account=\""));
        Age(Row(Section(page, "data-ages"), "data-total"), 4, "145.00");
        using (host.Clock.Shift(December20 - host.Clock.GetUtcNow()))
        {
            page = await client.GetPageAsync(set.World.Path("/staff/waste/reports/arrears?zone=Z1"));
        }
        Assert.Contains($"data-account=\"{set.Shop.AccountNo}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-account=\"{set.Debtor.AccountNo}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArrearsCsv_HasEveryRow_DefusesFormulas_HoldsNoNationalId_AndIsAudited()
    {
        var set = await KnownSetAsync();
        string[] lines;
        using (host.Clock.Shift(December20 - host.Clock.GetUtcNow()))
        {
            lines = await CsvAsync(set.World.OfficerClient, set.World.Path("/staff/waste/reports/arrears.csv"));
        }

        Assert.Equal("account_no,payer_name,place_name,address,zone,route,months_overdue,oldest_due_date,outstanding", lines[0]);
        Assert.Equal($"{set.Shop.AccountNo},ผู้ชำระ บ้านเลขที่ 2,ร้านข้าวแกง,2 หมู่ 3 ตำบลสุเทพ,Z1,R2,3,2026-08-31,270.00", lines[1]);
        Assert.Equal($"{set.Debtor.AccountNo},'{Injected},,3 หมู่ 3 ตำบลสุเทพ,Z2,R3,4,2026-05-31,145.00", lines[2]);
        Assert.Equal(3, lines.Length);
        var all = string.Join('\n', lines);
        Assert.DoesNotContain(set.NationalId, all, StringComparison.Ordinal);
        Assert.DoesNotContain(LocalGov.Thai.ThaiNationalId.Format(set.NationalId), all, StringComparison.Ordinal);

        await Eventually.HoldsAsync(async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            var entry = await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<AuditLog>()
                .SingleAsync(a => a.TenantId == set.World.Tenant.Id && a.Details != null && a.Details.Contains("WasteFees.ArrearsExported"));
            Assert.Contains("2 points", entry.Details, StringComparison.Ordinal);
            Assert.Equal(set.World.Officer.Id.ToString(), entry.UserId);
            return true;
        });
    }

    [Fact]
    public async Task ArrearsList_PagesFiftyAtATime()
    {
        var world = await WasteWorld.CreateAsync(host);
        for (var i = 1; i <= 52; i++)
        {
            await world.AddPointAsync(WasteWorld.House(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        await world.BillAsync(May);
        var accounts = (await world.InScopeAsync((_, db) => db.Set<ServicePoint>().Select(p => p.AccountNo).ToListAsync()))
            .Order(StringComparer.Ordinal).ToList();

        string first, second;
        using (host.Clock.Shift(December20 - host.Clock.GetUtcNow()))
        {
            first = await world.OfficerClient.GetPageAsync(world.Path("/staff/waste/reports/arrears"));
            second = await world.OfficerClient.GetPageAsync(world.Path("/staff/waste/reports/arrears?p=2"));
        }

        Assert.Equal(50, Count(Section(first, "data-arrears"), "data-account=\""));
        Assert.Contains("หน้า 1 จาก 2", first, StringComparison.Ordinal);
        Assert.Contains("ผู้ค้างชำระ 52 ราย รวม 2,080.00 บาท", first, StringComparison.Ordinal);
        var rows = Section(second, "data-arrears");
        Assert.Equal(2, Count(rows, "data-account=\""));
        // every point owes 40: equal debts go by account number, so the last two are on page 2
        Assert.Contains($"data-account=\"{accounts[50]}\"", rows, StringComparison.Ordinal);
        Assert.Contains($"data-account=\"{accounts[51]}\"", rows, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_AreForReportReadersOnly()
    {
        var world = await WasteWorld.CreateAsync(host);
        foreach (var url in new[] { "/staff/waste/reports", "/staff/waste/reports/arrears", "/staff/waste/reports.csv", "/staff/waste/reports/arrears.csv" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await world.CollectorClient.Http.GetAsync(world.Path(url))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await world.OfficerClient.Http.GetAsync(world.Path(url))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await world.AdminClient.Http.GetAsync(world.Path(url))).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await host.AnonymousClient().GetAsync(world.Path(url))).StatusCode);
        }
    }

    [Fact]
    public async Task BadMonths_AreRefusedWithAClearError()
    {
        var world = await WasteWorld.CreateAsync(host);
        var client = world.OfficerClient;

        var unreadable = await client.Http.GetAsync(world.Path("/staff/waste/reports?from=2026-13&to=2026-11"));
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        var page = await unreadable.Content.ReadAsStringAsync();
        Assert.Contains("เดือนเริ่มต้นไม่ถูกต้อง", page, StringComparison.Ordinal);
        Assert.DoesNotContain("The first month is not valid", page, StringComparison.Ordinal); // one language per reader
        Assert.Contains("value=\"2026-13\"", page, StringComparison.Ordinal); // what was typed is kept

        var backwards = await client.Http.GetAsync(world.Path("/staff/waste/reports?from=2026-11&to=2026-05"));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("เดือนสุดท้ายต้องไม่ก่อนเดือนเริ่มต้น", await backwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var tooLong = await client.Http.GetAsync(world.Path("/staff/waste/reports.csv?from=2024-01&to=2026-11"));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Fact]
    public async Task AnotherLaosFigures_AreNotCounted()
    {
        var set = await KnownSetAsync();
        var other = await WasteWorld.CreateAsync(host);
        await other.AddPointAsync(WasteWorld.House("9", "SHOP", zone: "ZONE-ELSEWHERE", route: "ROUTE-ELSEWHERE") with { PayerName = "ผู้ชำระ เทศบาลอื่น" });
        await other.BillAsync(May);

        var report = await set.World.OfficerClient.GetPageAsync(set.World.Path("/staff/waste/reports?from=2026-05&to=2026-11"));
        Figures(Row(Section(report, "data-months"), "data-month=\"2026-05\""), "180.00", "155.00", "25.00", "86.1%", 3, 1);
        Assert.DoesNotContain("ZONE-ELSEWHERE", report, StringComparison.Ordinal);
        string arrears, csv;
        using (host.Clock.Shift(December20 - host.Clock.GetUtcNow()))
        {
            arrears = await set.World.OfficerClient.GetPageAsync(set.World.Path("/staff/waste/reports/arrears"));
            csv = string.Join('\n', await CsvAsync(set.World.OfficerClient, set.World.Path("/staff/waste/reports/arrears.csv")));
        }
        Assert.DoesNotContain("เทศบาลอื่น", arrears, StringComparison.Ordinal);
        Assert.DoesNotContain("ZONE-ELSEWHERE", arrears, StringComparison.Ordinal);
        Assert.DoesNotContain("เทศบาลอื่น", csv, StringComparison.Ordinal);
        Assert.Contains("ผู้ค้างชำระ 2 ราย รวม 415.00 บาท", arrears, StringComparison.Ordinal);
    }

    private static async Task<string[]> CsvAsync(FormClient client, string url)
    {
        var response = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The table marked with <paramref name="marker"/>, to its end.</summary>
    private static string Section(string page, string marker)
    {
        var start = page.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {marker} on the page");
        var section = page[start..];
        return section[..section.IndexOf("</table>", StringComparison.Ordinal)];
    }

    private static string Row(string html, string marker)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row {marker}");
        var row = html[start..];
        return row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
    }

    private static int Count(string html, string marker) => (html.Length - html.Replace(marker, "", StringComparison.Ordinal).Length) / marker.Length;

    private static void Figures(string row, string billed, string collected, string outstanding, string rate, int bills, int exempt)
    {
        Assert.Contains($"data-billed>{billed}<", row, StringComparison.Ordinal);
        Assert.Contains($"data-collected>{collected}<", row, StringComparison.Ordinal);
        Assert.Contains($"data-outstanding>{outstanding}<", row, StringComparison.Ordinal);
        Assert.Contains($"data-rate>{rate}<", row, StringComparison.Ordinal);
        Assert.Contains($"data-bills>{bills}<", row, StringComparison.Ordinal);
        Assert.Contains($"data-exempt>{exempt}<", row, StringComparison.Ordinal);
    }

    private static void Age(string row, int charges, string outstanding)
    {
        Assert.Contains($"data-charges>{charges}<", row, StringComparison.Ordinal);
        Assert.Contains($"data-outstanding>{outstanding}<", row, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteReportsTests(SqliteHost host) : ReportsTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresReportsTests(PostgresHost host) : ReportsTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlReportsTests(MySqlHost host) : ReportsTests(host);
