using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Payments.Contracts;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.Review;
using LocalGov.Platform.Timing;
using LocalGov.Thai;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Permits;

/// <summary>
/// The statistics page and its CSV on a known set filed on day T (today): a food-premises notification approved the
/// same day and paid (in time, 0 days, permit issued, 100 baht billed), a health-hazard licence rejected on T+31 (its
/// 30-day deadline passed: late, 31 days), a building permit still open, a notification still open and late on T+31
/// (due T+7), and a building permit withdrawn.
/// </summary>
public abstract partial class StatsTests(LocalGovHost host)
{
    private const string InjectedName = "=HYPERLINK(\"http://x\") นายทันเวลา";

    private sealed record KnownSet(StatsWorld World, DateOnly T);

    private async Task<KnownSet> KnownSetAsync()
    {
        var world = await StatsWorld.CreateAsync(host);
        var t = BangkokTime.Today(host.Clock);
        var inTime = await world.FileAsync(DefaultPermitTypes.FoodNotice, InjectedName, "40", ("food", "ก๋วยเตี๋ยว"));
        var late = await world.FileAsync(DefaultPermitTypes.HealthHazard, "นางล่าช้า ตัวอย่าง", "", ("activity", "อู่ซ่อมรถ"));
        await world.FileAsync(DefaultPermitTypes.Building, "นายรอผล ตัวอย่าง", "120", ("work", "ก่อสร้าง / build"), ("storeys", "2"), ("use", "บ้านพักอาศัย"));
        await world.FileAsync(DefaultPermitTypes.FoodNotice, "นางเกินกำหนด ตัวอย่าง", "30", ("food", "ข้าวแกง"));
        var withdrawn = await world.FileAsync(DefaultPermitTypes.Building, "นายถอนคำขอ ตัวอย่าง", "80", ("work", "รื้อถอน / demolish"), ("storeys", "1"), ("use", "โกดัง"));

        var bill = await world.InScopeAsync(async (services, _) =>
            (await services.GetRequiredService<PermitReview>().ApproveAsync(inTime.Number, null, null, "officer", default)).BillId!.Value);
        var paid = await world.InScopeAsync((services, _) =>
            services.GetRequiredService<IPaymentTaking>().RecordAsync(bill, 100m, PaymentChannel.Cash, null, null));
        Assert.Equal(BillStatus.Paid, paid.BillStatus);
        await world.InScopeAsync((services, _) => services.GetRequiredService<PermitReview>().WithdrawAsync(withdrawn.Number, null, default));
        using (host.Clock.Shift(TimeSpan.FromDays(31)))
        {
            await world.InScopeAsync((services, _) =>
                services.GetRequiredService<PermitReview>().RejectAsync(late.Number, null, "สถานที่ไม่ผ่านเกณฑ์สุขลักษณะ", "officer", default));
        }
        // a type the LAO named like a spreadsheet formula: the CSV must defuse it
        await world.InScopeAsync(async (_, db) =>
        {
            db.Add(new PermitType("signboard", PermitKind.Other) { NameTh = "=1+2 ป้าย", NameEn = "@SUM(A1) sign", DecisionDays = 15 });
            return await db.SaveChangesAsync();
        });
        return new KnownSet(world, t);
    }

    private static string Range(DateOnly t) => $"from={Iso(t)}&to={Iso(t.AddDays(40))}";

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string MonthKey(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task ThePage_CountsReceivedDecidedOpenLate_TheMedianAndTheShareInTime_PerTypeAndInTotal()
    {
        var set = await KnownSetAsync();
        using var _ = host.Clock.Shift(TimeSpan.FromDays(31)); // "late now" is as of T+31

        var response = await set.World.OfficerClient.Http.GetAsync(set.World.Path("/staff/permits/stats?" + Range(set.T)));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        //                                     received open late withdrawn approved rejected median in-time issued fees
        Figures(Row(page, "data-type=\"food-notice\""), "2", "1", "1", "0", "1", "0", "0", "100.0%", "1", "100.00");
        Figures(Row(page, "data-type=\"health-hazard\""), "1", "0", "0", "0", "0", "1", "31", "0.0%", "0", "0.00");
        Figures(Row(page, "data-type=\"building\""), "2", "1", "0", "1", "0", "0", "-", "-", "0", "0.00");
        Figures(Row(page, "data-type=\"food-licence\""), "0", "0", "0", "0", "0", "0", "-", "-", "0", "0.00");
        Figures(Row(page, "<tr data-total>"), "5", "2", "1", "1", "1", "1", "15.5", "50.0%", "1", "100.00");
        Assert.Contains("data-total-median>15.5<", page, StringComparison.Ordinal);
        Assert.Contains("data-total-in-time>50.0%<", page, StringComparison.Ordinal);

        var decidedLate = set.T.AddDays(31);
        Assert.Equal(("5", "1"), Month(page, MonthKey(set.T)));
        Assert.Equal(("0", "1"), Month(page, MonthKey(decidedLate)));
        Assert.Equal(MonthKey(set.T.AddDays(40)), Regex.Matches(page, "data-month=\"([0-9-]+)\"").Last().Groups[1].Value);

        // three charts, each captioned (its accessible name), beside tables of the same figures
        Assert.Equal(3, Regex.Count(page, "<svg viewBox=\"0 0 720 240\" class=\"chart\" role=\"img\""));
        Assert.Contains("<title id=\"chart-", page, StringComparison.Ordinal);
        Assert.Contains("กราฟแท่งร้อยละของคำขอที่พิจารณาเสร็จภายในกำหนดตามกฎหมาย แยกตามประเภท</title>", page, StringComparison.Ordinal);
        Assert.Contains("class=\"chart-decided\"", page, StringComparison.Ordinal);
        // the definition of days to decision is on the page
        Assert.Contains("นับจากวันที่เริ่มนับระยะเวลาพิจารณาครั้งล่าสุด (วันยื่นคำขอ หรือวันที่ได้รับเอกสารที่ขอเพิ่มเติมครบ) ถึงวันที่มีผลการพิจารณา", page, StringComparison.Ordinal);
        Assert.DoesNotContain("นายทันเวลา", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCsv_HoldsTheSameFigures_WithABom_DefusedText_AndNoPersonalData()
    {
        var set = await KnownSetAsync();
        using var _ = host.Clock.Shift(TimeSpan.FromDays(31));
        var (from, to) = (Iso(set.T), Iso(set.T.AddDays(40)));

        var types = await set.World.OfficerClient.Http.GetAsync(set.World.Path("/staff/permits/stats?handler=TypesCsv&" + Range(set.T)));
        var bytes = await types.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, types.StatusCode);
        Assert.Equal("text/csv", types.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period_from,period_to,type_code,type_name_th,type_name_en,received,still_open,late_now,withdrawn,approved,rejected,decided,"
            + "median_days_to_decision,decided_in_time,percent_in_time,permits_issued,fees_billed", lines[0]);
        Assert.Contains($"{from},{to},food-notice,", lines.Single(l => l.Contains(",food-notice,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith(",2,1,1,0,1,0,1,0.0,1,100.0,1,100.00", lines.Single(l => l.Contains(",food-notice,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith(",1,0,0,0,0,1,1,31.0,0,0.0,0,0.00", lines.Single(l => l.Contains(",health-hazard,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith(",2,1,0,1,0,0,0,,0,,0,0.00", lines.Single(l => l.Contains(",building,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal($"{from},{to},all,ทุกประเภท,All types,5,2,1,1,1,1,2,15.5,1,50.0,1,100.00", lines[^1]);
        Assert.Contains($"{from},{to},signboard,'=1+2 ป้าย,'@SUM(A1) sign,0,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("นายทันเวลา", text, StringComparison.Ordinal);
        Assert.DoesNotContain("HYPERLINK", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ล่าช้า ตัวอย่าง", text, StringComparison.Ordinal);

        var months = await set.World.OfficerClient.Http.GetAsync(set.World.Path("/staff/permits/stats?handler=MonthsCsv&" + Range(set.T)));
        var monthBytes = await months.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, monthBytes[..3]);
        var monthLines = Encoding.UTF8.GetString(monthBytes, 3, monthBytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("month,month_th,received,decided", monthLines[0]);
        var first = monthLines[1].Split(',');
        Assert.Equal([MonthKey(set.T), $"{ThaiDate.MonthAbbreviation(set.T.Month)} {ThaiDate.ToBuddhistYear(set.T.Year)}", "5", "1"], first);
        Assert.EndsWith(",0,1", monthLines.Single(l => l.StartsWith(MonthKey(set.T.AddDays(31)), StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal("total,รวม,5,2", monthLines[^1]);
    }

    [Fact]
    public async Task WithoutARange_ThePageShowsTheCurrentFiscalYear_AndABadRangeIsAClearError_InTheReadersLanguageOnly()
    {
        var world = await StatsWorld.CreateAsync(host);
        var fiscal = ThaiFiscalYear.Of(BangkokTime.Today(host.Clock));

        var page = await world.OfficerClient.GetPageAsync(world.Path("/staff/permits/stats"));
        Assert.Contains($"value=\"{Iso(fiscal.FirstDay)}\"", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Iso(fiscal.LastDay)}\"", page, StringComparison.Ordinal);
        Assert.Equal(12, Regex.Count(page, "<tr data-month="));
        Assert.Contains("data-total-received>0<", page, StringComparison.Ordinal);

        var buddhist = await world.OfficerClient.GetPageAsync(world.Path("/staff/permits/stats?from=2569-10-01&to=2570-01-31"));
        Assert.Contains("value=\"2026-10-01\"", buddhist, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(buddhist, "<tr data-month="));

        foreach (var (query, th, en) in new[]
        {
            ("from=2026-13-45", "วันเริ่มต้นไม่ถูกต้อง", "The first day is not valid; use year-month-day, e.g. 2026-10-01."),
            ("from=2026-10-01&to=yesterday", "วันสุดท้ายไม่ถูกต้อง", "The last day is not valid"),
            ("from=2026-10-01&to=2026-09-30", "วันสุดท้ายต้องไม่ก่อนวันเริ่มต้น", "The last day cannot be before the first day."),
            ("from=2023-10-01&to=2026-10-01", "เลือกช่วงเวลาได้ไม่เกิน 3 ปี", "Choose at most 3 years."),
        })
        {
            var response = await world.OfficerClient.Http.GetAsync(world.Path("/staff/permits/stats?" + query));
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(th, html, StringComparison.Ordinal);
            Assert.DoesNotContain(en, html, StringComparison.Ordinal); // one language per reader
            var english = await world.OfficerClient.Http.GetAsync(world.Path("/staff/permits/stats?culture=en-US&" + query));
            var englishHtml = await english.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);
            Assert.Contains(en, englishHtml, StringComparison.Ordinal);
            Assert.DoesNotContain(th, englishHtml, StringComparison.Ordinal);
            Assert.DoesNotContain("data-summary", html, StringComparison.Ordinal);
            var csv = await world.OfficerClient.Http.GetAsync(world.Path("/staff/permits/stats?handler=TypesCsv&" + query));
            Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
            Assert.Contains(th, await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var three = await world.OfficerClient.Http.GetAsync(world.Path("/staff/permits/stats?from=2023-10-01&to=2026-09-30"));
        Assert.Equal(HttpStatusCode.OK, three.StatusCode);
    }

    [Fact]
    public async Task WithoutPermitsReports_ThePageAndTheCsvAreForbidden()
    {
        var world = await StatsWorld.CreateAsync(host);

        Assert.Equal(HttpStatusCode.Forbidden, (await world.CashierClient.Http.GetAsync(world.Path("/staff/permits/stats"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.CashierClient.Http.GetAsync(world.Path("/staff/permits/stats?handler=TypesCsv"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.CashierClient.Http.GetAsync(world.Path("/staff/permits/stats?handler=MonthsCsv"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.OfficerClient.Http.GetAsync(world.Path("/staff/permits/stats"))).StatusCode);
    }

    private static string Row(string page, string marker)
    {
        var start = page.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row {marker}");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static void Figures(string row, params string[] expected)
    {
        string[] cells = ["received", "open", "late", "withdrawn", "approved", "rejected", "median", "in-time", "issued", "fees"];
        Assert.Equal(expected, cells.Select(c => Cell(row, c)).ToArray());
    }

    private static string Cell(string row, string name)
    {
        var match = Regex.Match(row, $"data-{name}>([^<]*)<");
        Assert.True(match.Success, $"No cell {name} in {row}");
        return match.Groups[1].Value.Trim();
    }

    private static (string Received, string Decided) Month(string page, string key)
    {
        var row = Row(page, $"data-month=\"{key}\"");
        return (Cell(row, "received"), Cell(row, "decided"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteStatsTests(SqliteHost host) : StatsTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresStatsTests(PostgresHost host) : StatsTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlStatsTests(MySqlHost host) : StatsTests(host);
