using System.Net;
using System.Text;
using LocalGov.Complaints.Publishing;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Reporting;

namespace LocalGov.Host.Tests.Complaints.Public;

/// <summary>The monthly figures, computed on known data: no host needed.</summary>
public sealed class StatisticsComputationTests
{
    private static readonly StatisticsCategory Road = new(Guid.NewGuid(), "road", new("ถนน", "Roads"));
    private static readonly StatisticsCategory Light = new(Guid.NewGuid(), "street-light", new("ไฟฟ้า", "Lights"));
    private static readonly BangkokMonth November = new(2026, 11);

    // 10 November 2026, 09:00 in Bangkok
    private static readonly DateTime Filed = new(2026, 11, 10, 2, 0, 0, DateTimeKind.Utc);

    private static ComplaintFacts Fact(StatisticsCategory category, double? resolvedAfterHours, bool resolved = true, int? rating = null,
        double slaHours = 72, DateTime? filed = null)
    {
        var at = filed ?? Filed;
        return new ComplaintFacts(category.Id, at, at.AddHours(slaHours), resolvedAfterHours is { } h ? at.AddHours(h) : null,
            resolvedAfterHours is not null && resolved, rating);
    }

    [Fact]
    public void Figures_OfThreeComplaintsTwoResolvedOnTime_AreExact()
    {
        var report = ComplaintStatistics.Compute([November], [Road],
            [Fact(Road, 10, rating: 4), Fact(Road, 30, rating: 5), Fact(Road, null)]);

        var figures = Assert.Single(report.Months).Figures;
        Assert.Equal(3, figures.Received);
        Assert.Equal(2, figures.Resolved);
        Assert.Equal(20.0, figures.MedianHoursToResolve);
        Assert.Equal(2, figures.ResolvedWithinSla);
        Assert.Equal(100.0, figures.ShareWithinSla);
        Assert.Equal(2, figures.Rated);
        Assert.Equal(4.5, figures.AverageRating);
    }

    [Fact]
    public void Median_OfAnOddCount_IsTheMiddle_AndALateResolutionLowersTheShare()
    {
        var report = ComplaintStatistics.Compute([November], [Road, Light],
            [Fact(Road, 10), Fact(Light, 200), Fact(Road, 30, rating: 3)]);

        var all = Assert.Single(report.Months).Figures;
        Assert.Equal(30.0, all.MedianHoursToResolve);
        Assert.Equal(2, all.ResolvedWithinSla);
        Assert.Equal("66.7", StatisticsCsv.Decimal(all.ShareWithinSla, 1));
        Assert.Equal(3.0, all.AverageRating);
        var light = report.Categories.Single(c => c.Code == "street-light").Months.Single().Figures;
        Assert.Equal((1, 1, 0, 0.0), (light.Received, light.Resolved, light.ResolvedWithinSla, light.ShareWithinSla!.Value));
    }

    [Fact]
    public void Rejection_IsNotAResolution_AndAnUnknownCategoryIsNotCounted()
    {
        var report = ComplaintStatistics.Compute([November], [Road],
            [Fact(Road, 5, resolved: false, rating: 1), Fact(Light, 5)]);

        var figures = report.Months.Single().Figures;
        Assert.Equal(1, figures.Received);
        Assert.Equal(0, figures.Resolved);
        Assert.Null(figures.MedianHoursToResolve);
        Assert.Null(figures.ShareWithinSla);
        Assert.Null(figures.AverageRating);
    }

    [Fact]
    public void Months_AreBangkokMonths_NotUtcMonths()
    {
        // 31 October 2026 18:00 UTC is 1 November 01:00 in Bangkok
        var lateOctoberUtc = new DateTime(2026, 10, 31, 18, 0, 0, DateTimeKind.Utc);
        var months = BangkokMonth.Last(2, new DateTime(2026, 11, 15, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal([new BangkokMonth(2026, 10), November], months);

        var report = ComplaintStatistics.Compute(months, [Road], [Fact(Road, 3, filed: lateOctoberUtc)]);

        Assert.Equal(0, report.Months[0].Figures.Received);
        Assert.Equal(1, report.Months[1].Figures.Received);
        Assert.Equal(1, report.Total.Resolved);
        Assert.Equal("พ.ย. 2569", November.Label(thai: true));
        Assert.Equal("Nov 2026", November.Label(thai: false));
        Assert.Equal(new DateTime(2026, 10, 31, 17, 0, 0, DateTimeKind.Utc), November.StartUtc);
    }

    [Fact]
    public void Csv_QuotesNamesWithCommas_AndUsesInvariantNumbers()
    {
        var nuisance = new StatisticsCategory(Guid.NewGuid(), "nuisance", new LocalizedText("เหตุรำคาญ", "Nuisance (noise, smell)"));
        var report = ComplaintStatistics.Compute([November], [nuisance], [Fact(nuisance, 1.25, rating: 5), Fact(nuisance, 2.5, rating: 4)]);

        var lines = StatisticsCsv.Write(report, "demo").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(string.Join(',', StatisticsCsv.Header), lines[0]);
        Assert.Equal("demo,2026-11,พ.ย. 2569,all,ทุกประเภท,All categories,2,2,1.9,2,100.0,2,4.50", lines[1]);
        Assert.Equal("demo,2026-11,พ.ย. 2569,nuisance,เหตุรำคาญ,\"Nuisance (noise, smell)\",2,2,1.9,2,100.0,2,4.50", lines[2]);
    }

    [Fact]
    public void BarChart_ScalesToARoundTop_AndDrawsNothingForMissingValues()
    {
        var chart = BarChart.Build(["a", "b"], [new ChartSeries("n", "c", [3, null])]);

        Assert.Equal(4, BarChart.NiceMax(3));
        Assert.Equal(40, BarChart.NiceMax(30));
        var bar = Assert.Single(chart.Bars);
        Assert.Equal("150", bar.Height); // 3 of 4 on a 200-pixel plot
        Assert.Equal("62", bar.Y);
        Assert.Equal(["0", "1", "2", "3", "4"], chart.Grid.Select(g => g.Text));
    }
}

/// <summary>The statistics page and its CSV, on a small known data set filed through the real workflow.</summary>
public abstract class StatisticsTests(LocalGovHost host)
{
    [Fact]
    public async Task StatsPageAndCsv_ShowTheFiguresOfAKnownSet_WithoutConfidentialComplaints()
    {
        var lao = await ComplaintScenario.StartAsync(host, "sta");
        var month = BangkokMonth.Of(host.Clock.GetUtcNow().UtcDateTime).Plus(-2);
        var filed = month.StartUtc.AddDays(9).AddHours(2); // the 10th, 09:00 in Bangkok

        async Task<string> FileAsync(string category, string text)
        {
            var result = await lao.FileAsync(category, text);
            return result.Complaint.TrackingCode!;
        }

        async Task ResolvedAfterAsync(string code, double hours, int? rating, string key)
        {
            await lao.ResolveAsync(code);
            if (rating is { } stars)
            {
                await lao.RateAsync(code, stars, key);
            }
            await lao.SetTimesAsync(code, filed, filed.AddHours(72), filed.AddHours(hours));
        }

        var a = await lao.FileAsync("road", "สถิติ ก");
        await ResolvedAfterAsync(a.Complaint.TrackingCode!, 10, 4, a.AccessKey!);
        var b = await lao.FileAsync("road", "สถิติ ข");
        await ResolvedAfterAsync(b.Complaint.TrackingCode!, 30, 5, b.AccessKey!);
        var late = await FileAsync("road", "สถิติ ค ช้า");
        await ResolvedAfterAsync(late, 200, null, "");
        var open = await FileAsync("road", "สถิติ ง ยังไม่เสร็จ");
        await lao.AssignAsync(open);
        await lao.SetTimesAsync(open, filed, filed.AddHours(72), null);
        var rejected = await FileAsync("road", "สถิติ จ ไม่รับ");
        await lao.RejectAsync(rejected);
        await lao.SetTimesAsync(rejected, filed, filed.AddHours(72), filed.AddHours(5));
        var secret = await FileAsync("corruption", "สถิติ ลับ");
        await ResolvedAfterAsync(secret, 1, null, "");

        var client = host.AnonymousClient();
        var page = await client.GetStringAsync($"{lao.Path}/complaints/stats");
        var row = page[page.IndexOf($"data-month=\"{month.Key}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("data-received>5<", row, StringComparison.Ordinal);
        Assert.Contains("data-resolved>3<", row, StringComparison.Ordinal);
        Assert.Contains("data-median>30.0<", row, StringComparison.Ordinal);
        Assert.Contains("data-sla>66.7%<", row, StringComparison.Ordinal);
        Assert.Contains("data-rating>4.50<", row, StringComparison.Ordinal);
        Assert.Contains("data-total-received>5<", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("class=\"chart-received\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal);

        var response = await client.GetAsync($"{lao.Path}/complaints/stats.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("lao_code,month,month_th,category_code,category_name_th,category_name_en,received,resolved,median_hours_to_resolve," +
            "resolved_within_sla,percent_within_sla,rated,average_rating", lines[0]);
        var label = month.Label(thai: true);
        Assert.Contains($"{lao.Lao.Code},{month.Key},{label},all,ทุกประเภท,All categories,5,3,30.0,2,66.7,2,4.50", lines);
        Assert.Contains($"{lao.Lao.Code},{month.Key},{label},road,ถนน ทางเท้าชำรุด,Roads and footpaths,5,3,30.0,2,66.7,2,4.50", lines);
        Assert.Equal(1 + (12 * 10), lines.Length); // 12 months × ("all" + 9 public categories)
        Assert.DoesNotContain(lines, l => l.Contains("corruption", StringComparison.Ordinal));
        lao.AssertNoSecrets(page + string.Join('\n', lines), "the statistics");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteStatisticsTests(SqliteHost host) : StatisticsTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresStatisticsTests(PostgresHost host) : StatisticsTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlStatisticsTests(MySqlHost host) : StatisticsTests(host);
