using System.Net;
using System.Text.Json;
using LocalGov.Complaints.Publishing;
using LocalGov.Host.Tests.Infrastructure;

namespace LocalGov.Host.Tests.Complaints.Public;

/// <summary>The public list and map of an LAO: its own non-confidential complaints, filtered and paged, and no personal data.</summary>
public abstract class PublicListTests(LocalGovHost host)
{
    [Fact]
    public async Task ListMapStatsAndCsv_ShowNoPersonalData_AndNoConfidentialComplaint()
    {
        var lao = await ComplaintScenario.StartAsync(host, "pli");
        var open = (await lao.FileAsync("road", "ทางเท้าแตก ทดสอบรายการ")).Complaint.TrackingCode!;
        await lao.AssignAsync(open);
        await lao.NoteAsync(open);
        var secret = (await lao.FileAsync("corruption", "รับสินบน ทดสอบลับรายการ", lat: 18.70, lng: 98.90)).Complaint.TrackingCode!;
        await lao.ResolveAsync(secret);
        var client = host.AnonymousClient();

        var list = await client.GetStringAsync($"{lao.Path}/complaints");
        var map = await client.GetStringAsync($"{lao.Path}/complaints/map.json");
        var stats = await client.GetStringAsync($"{lao.Path}/complaints/stats");
        var csv = await client.GetStringAsync($"{lao.Path}/complaints/stats.csv");

        Assert.Contains($"data-complaint=\"{open}\"", list, StringComparison.Ordinal);
        Assert.Contains("ทางเท้าแตก ทดสอบรายการ", list, StringComparison.Ordinal);
        Assert.Contains(open, map, StringComparison.Ordinal);
        foreach (var (name, body) in new[] { ("the list", list), ("the map", map), ("the statistics", stats), ("the CSV", csv) })
        {
            lao.AssertNoSecrets(body, name);
            Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
            Assert.DoesNotContain("ทดสอบลับรายการ", body, StringComparison.Ordinal);
            Assert.DoesNotContain("corruption", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("ทุจริต", body, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("18.7,", map, StringComparison.Ordinal); // the confidential pin
        Assert.Empty(JsonSerializer.Deserialize<List<MapPoint>>(await client.GetStringAsync($"{lao.Path}/complaints/map.json?code={secret}"), Json.Web)!);
    }

    [Fact]
    public async Task List_FiltersByCategoryStateAndMonth_AndShowsOnlyThisLao()
    {
        var lao = await ComplaintScenario.StartAsync(host, "plf");
        var other = await ComplaintScenario.StartAsync(host, "plo");
        var road = (await lao.FileAsync("road", "ถนนเป็นหลุม กรองประเภท")).Complaint.TrackingCode!;
        var light = (await lao.FileAsync("street-light", "ไฟดับ กรองสถานะ")).Complaint.TrackingCode!;
        await lao.ResolveAsync(light);
        var old = (await lao.FileAsync("road", "ถนนเก่า กรองเดือน")).Complaint.TrackingCode!;
        var thisMonth = BangkokMonth.Of(host.Clock.GetUtcNow().UtcDateTime);
        var earlier = thisMonth.Plus(-3);
        await lao.SetTimesAsync(old, earlier.StartUtc.AddDays(3), earlier.StartUtc.AddDays(8), null);
        await other.FileAsync("road", "ของหน่วยงานอื่น ไม่ควรเห็น");
        var client = host.AnonymousClient();

        var all = await client.GetStringAsync($"{lao.Path}/complaints");
        Assert.Contains("data-total=\"3\"", all, StringComparison.Ordinal);
        Assert.DoesNotContain("ของหน่วยงานอื่น", all, StringComparison.Ordinal);

        var roads = await client.GetStringAsync($"{lao.Path}/complaints?category=road");
        Assert.Contains("ถนนเป็นหลุม กรองประเภท", roads, StringComparison.Ordinal);
        Assert.DoesNotContain("ไฟดับ กรองสถานะ", roads, StringComparison.Ordinal);

        var closed = await client.GetStringAsync($"{lao.Path}/complaints?state=closed");
        Assert.Contains("ไฟดับ กรองสถานะ", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("ถนนเป็นหลุม กรองประเภท", closed, StringComparison.Ordinal);

        var month = await client.GetStringAsync($"{lao.Path}/complaints?month={earlier.Key}");
        Assert.Contains("data-total=\"1\"", month, StringComparison.Ordinal);
        Assert.Contains("ถนนเก่า กรองเดือน", month, StringComparison.Ordinal);

        var pins = JsonSerializer.Deserialize<List<MapPoint>>(await client.GetStringAsync($"{lao.Path}/complaints/map.json?category=road&state=open"), Json.Web)!;
        Assert.Equal(new[] { old, road }.Order(StringComparer.Ordinal), pins.Select(p => p.Title.Split(' ')[0]).Order(StringComparer.Ordinal));
        Assert.All(pins, p => Assert.Equal("open", p.Status));
        Assert.Contains(pins, p => p.Url == $"{lao.Path}/complaints/track/{road}" && p.Lat == 18.7883 && p.Lng == 98.9853);
        Assert.Empty(JsonSerializer.Deserialize<List<MapPoint>>(await client.GetStringAsync($"{lao.Path}/complaints/map.json?category=no-such"), Json.Web)!);
    }

    [Fact]
    public async Task List_PagesByTwenty()
    {
        var lao = await ComplaintScenario.StartAsync(host, "plp");
        for (var i = 0; i < PublicComplaintQuery.PageSize + 1; i++)
        {
            await lao.FileAsync("garbage", $"ขยะจุดที่ {i:D2}", lat: null, lng: null);
        }
        var client = host.AnonymousClient();
        var first = await client.GetStringAsync($"{lao.Path}/complaints");
        var second = await client.GetStringAsync($"{lao.Path}/complaints?page=2");

        Assert.Equal(PublicComplaintQuery.PageSize, System.Text.RegularExpressions.Regex.Matches(first, "data-complaint=").Count);
        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(second, "data-complaint="));
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.Empty(JsonSerializer.Deserialize<List<MapPoint>>(await client.GetStringAsync($"{lao.Path}/complaints/map.json"), Json.Web)!); // no pins
    }

    [Fact]
    public async Task PublicPages_AreAbsent_ForAnLaoWithoutComplaints()
    {
        var client = host.AnonymousClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/t/{host.Alpha.Code}/complaints")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/t/{host.Alpha.Code}/complaints/map.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/t/{host.Alpha.Code}/complaints/stats.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/t/{host.Alpha.Code}/complaints/track/CMP-2570-000001")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePublicListTests(SqliteHost host) : PublicListTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPublicListTests(PostgresHost host) : PublicListTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlPublicListTests(MySqlHost host) : PublicListTests(host);
