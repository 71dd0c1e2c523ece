using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using LocalGov.Complaints.Filing;
using LocalGov.Host.Tests.Infrastructure;

namespace LocalGov.Host.Tests.Complaints.Open311;

/// <summary>GET requests: every filter, the 90-day window, paging, and the public timeline as notes.</summary>
public abstract class Open311QueryTests(LocalGovHost host)
{
    private const string InternalNote = "INTERNAL-SECRET-NOTE-71";
    private const string OfficerName = "OfficerDistinctName";

    /// <summary>Complaints in every state that matters, filed once per host.</summary>
    private sealed record Scenario(Open311Lao Lao, string Filed, string InProgress, string Resolved, string Rejected, string Old,
        string Confidential, Guid ConfidentialId, Guid PendingId, DateTime OldFiledAt);

    private static readonly ConditionalWeakTable<LocalGovHost, Lazy<Task<Scenario>>> Scenarios = [];

    private Task<Scenario> ScenarioAsync() => Scenarios.GetValue(host, h => new Lazy<Task<Scenario>>(() => CreateAsync(h))).Value;

    private static async Task<Scenario> CreateAsync(LocalGovHost host)
    {
        var lao = await Open311Lao.GetAsync(host, "o311get");
        var old = await lao.FileAsync("tree", "กิ่งไม้หักนานแล้ว");
        var oldFiledAt = host.Clock.GetUtcNow().UtcDateTime.AddDays(-100);
        await lao.BackdateAsync(old.Id, oldFiledAt);
        var filed = await lao.FileAsync("road", "หลุมใหญ่");
        var working = await lao.FileAsync("street-light", "ไฟดับทั้งซอย");
        await lao.ActAsync(async a =>
        {
            await a.AssignAsync(working.TrackingCode!, null, "กองช่าง", Guid.NewGuid(), OfficerName, "หัวหน้า", CancellationToken.None);
            await a.AddNoteAsync(working.TrackingCode!, InternalNote, "หัวหน้า", CancellationToken.None);
            await a.StartAsync(working.TrackingCode!, null, "ช่างออกตรวจแล้ว", OfficerName, CancellationToken.None);
        });
        var resolved = await lao.FileAsync("garbage", "ขยะไม่เก็บสามวัน");
        await lao.ActAsync(async a =>
        {
            await a.AssignAsync(resolved.TrackingCode!, null, "กองสาธารณสุขและสิ่งแวดล้อม", Guid.NewGuid(), OfficerName, "หัวหน้า", CancellationToken.None);
            await a.ResolveAsync(resolved.TrackingCode!, null, "เก็บขยะเรียบร้อย", null, OfficerName, CancellationToken.None);
        });
        var rejected = await lao.FileAsync("drainage", "ท่อตัน");
        await lao.ActAsync(a => a.RejectAsync(rejected.TrackingCode!, null, "อยู่นอกเขตเทศบาล", "หัวหน้า", CancellationToken.None));
        var confidential = await lao.FileAsync("corruption", "เรียกรับเงินใต้โต๊ะ");
        var pending = await lao.FileAsync("road", "รอยืนยันอีเมล", new Reporter(Email: "pending.o311@example.com"), confirmByEmail: true);
        return new Scenario(lao, filed.TrackingCode!, working.TrackingCode!, resolved.TrackingCode!, rejected.TrackingCode!, old.TrackingCode!,
            confidential.TrackingCode!, confidential.Id, pending.Id, oldFiledAt);
    }

    private static string W3c(DateTime utc) => Uri.EscapeDataString(new DateTimeOffset(utc).ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:sszzz",
        System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task List_ByDefault_IsTheLast90Days_NewestFirst_AndValidatesAgainstTheSchema()
    {
        var s = await ScenarioAsync();
        var list = await host.AnonymousClient().JsonOkAsync($"{s.Lao.Root}/requests.json");
        Open311Schema.AssertValid("requests.json", list);
        Assert.Equal([s.Rejected, s.Resolved, s.InProgress, s.Filed], list.Ids());
        Assert.All(list.EnumerateArray(), r => Assert.False(r.TryGetProperty("notes", out _)));
    }

    [Fact]
    public async Task List_ByServiceCodeList_AndByStatus()
    {
        var s = await ScenarioAsync();
        var client = host.AnonymousClient();
        Assert.Equal([s.Resolved, s.Filed], (await client.JsonOkAsync($"{s.Lao.Root}/requests.json?service_code=road,garbage")).Ids());
        Assert.Equal([s.InProgress, s.Filed], (await client.JsonOkAsync($"{s.Lao.Root}/requests.json?status=open")).Ids());
        var closed = await client.JsonOkAsync($"{s.Lao.Root}/requests.json?status=closed");
        Assert.Equal([s.Rejected, s.Resolved], closed.Ids());
        Assert.All(closed.EnumerateArray(), r => Assert.Equal("closed", r.GetProperty("status").GetString()));
        Assert.Equal(4, (await client.JsonOkAsync($"{s.Lao.Root}/requests.json?status=open,closed")).GetArrayLength());
        Assert.Equal(2, (await client.JsonOkAsync($"{s.Lao.Root}/requests.json?service_code=road&service_code=garbage")).GetArrayLength());

        var bogus = await client.Open311GetAsync($"{s.Lao.Root}/requests.json?status=pending");
        Assert.Equal(HttpStatusCode.BadRequest, bogus.Status);
        Assert.Contains("status", Assert.Single(bogus.Errors()).Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosedRequest_CarriesItsNote_AndItsCloseTimeAsUpdated()
    {
        var s = await ScenarioAsync();
        var resolved = Assert.Single((await host.AnonymousClient().JsonOkAsync($"{s.Lao.Root}/requests/{s.Resolved}.json")).EnumerateArray());
        Assert.Equal("closed", resolved.GetProperty("status").GetString());
        Assert.Equal("เก็บขยะเรียบร้อย", resolved.GetProperty("status_notes").GetString());
        var requested = DateTimeOffset.Parse(resolved.GetProperty("requested_datetime").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var updated = DateTimeOffset.Parse(resolved.GetProperty("updated_datetime").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(updated >= requested);
        var stored = await s.Lao.FindAsync(s.Resolved);
        Assert.Equal(stored.ResolvedAt!.Value, updated.UtcDateTime, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task DateWindow_FiltersRequestedTime_AtMost90Days()
    {
        var s = await ScenarioAsync();
        var client = host.AnonymousClient();
        var window = await client.JsonOkAsync($"{s.Lao.Root}/requests.json?start_date={W3c(s.OldFiledAt.AddDays(-5))}&end_date={W3c(s.OldFiledAt.AddDays(5))}");
        Assert.Equal([s.Old], window.Ids());
        var startOnly = await client.JsonOkAsync($"{s.Lao.Root}/requests.json?start_date={s.OldFiledAt.AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)}");
        Assert.Equal([s.Old], startOnly.Ids()); // start_date alone: the 90 days from it

        var tooWide = await client.Open311GetAsync(
            $"{s.Lao.Root}/requests.json?start_date={W3c(host.Clock.GetUtcNow().UtcDateTime.AddDays(-91))}&end_date={W3c(host.Clock.GetUtcNow().UtcDateTime)}");
        Assert.Equal(HttpStatusCode.BadRequest, tooWide.Status);
        Assert.Contains("90", Assert.Single(tooWide.Errors()).Description, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.Open311GetAsync(
            $"{s.Lao.Root}/requests.json?start_date={W3c(host.Clock.GetUtcNow().UtcDateTime.AddDays(-90))}&end_date={W3c(host.Clock.GetUtcNow().UtcDateTime)}")).Status);

        var backwards = await client.Open311GetAsync($"{s.Lao.Root}/requests.json?start_date={W3c(host.Clock.GetUtcNow().UtcDateTime)}&end_date={W3c(host.Clock.GetUtcNow().UtcDateTime.AddDays(-1))}");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.Status);
        var noOffset = await client.Open311GetAsync($"{s.Lao.Root}/requests.json?start_date=2026-11-01T00:00:00");
        Assert.Equal(HttpStatusCode.BadRequest, noOffset.Status);
    }

    [Fact]
    public async Task UpdatedAfterAndBefore_FilterTheLastChange()
    {
        var s = await ScenarioAsync();
        var client = host.AnonymousClient();
        var old = await client.JsonOkAsync(
            $"{s.Lao.Root}/requests.json?updated_after={W3c(s.OldFiledAt.AddDays(-1))}&updated_before={W3c(s.OldFiledAt.AddDays(1))}");
        Assert.Equal([s.Old], old.Ids()); // a sync by change time is not held to the default 90-day window
        var recent = await client.JsonOkAsync($"{s.Lao.Root}/requests.json?updated_after={W3c(host.Clock.GetUtcNow().UtcDateTime.AddHours(-1))}");
        Assert.Equal(4, recent.GetArrayLength());
    }

    [Fact]
    public async Task Paging_SplitsTheList_UpTo1000APage()
    {
        var s = await ScenarioAsync();
        var client = host.AnonymousClient();
        Assert.Equal([s.Rejected, s.Resolved], (await client.JsonOkAsync($"{s.Lao.Root}/requests.json?page_size=2")).Ids());
        Assert.Equal([s.InProgress, s.Filed], (await client.JsonOkAsync($"{s.Lao.Root}/requests.json?page_size=2&page=2")).Ids());
        Assert.Equal(0, (await client.JsonOkAsync($"{s.Lao.Root}/requests.json?page_size=2&page=3")).GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Open311GetAsync($"{s.Lao.Root}/requests.json?page_size=1001")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Open311GetAsync($"{s.Lao.Root}/requests.json?page=0")).Status);
    }

    [Fact]
    public async Task EmptyOptionalArguments_AreTheSameAsAbsentOnes()
    {
        var s = await ScenarioAsync();
        var client = host.AnonymousClient();
        var plain = (await client.JsonOkAsync($"{s.Lao.Root}/requests.json")).Ids();
        var empty = await client.JsonOkAsync($"{s.Lao.Root}/requests.json?service_request_id=&service_code=&status=&start_date=&end_date=&page=&page_size=&extensions=&updated_after=");
        Assert.Equal(plain, empty.Ids());
    }

    [Fact]
    public async Task Extensions_AddThePublicTimelineAsNotes_NeverInternalNotesOrStaffNames()
    {
        var s = await ScenarioAsync();
        var client = host.AnonymousClient();
        var request = Assert.Single((await client.JsonOkAsync($"{s.Lao.Root}/requests/{s.InProgress}.json?extensions=true")).EnumerateArray());
        Assert.Equal("in_progress", request.GetProperty("extended_attributes").GetProperty("detailed_status").GetString());
        var notes = request.GetProperty("notes").EnumerateArray().ToList();
        Assert.Equal(["filed", "assigned", "started"], notes.Select(n => n.GetProperty("type").GetString()));
        Assert.Equal("ช่างออกตรวจแล้ว", notes[2].GetProperty("description").GetString());
        Assert.All(notes, n => Assert.EndsWith("+07:00", n.GetProperty("datetime").GetString(), StringComparison.Ordinal));

        var xml = (await client.XmlOkAsync($"{s.Lao.Root}/requests.xml?extensions=true&service_request_id={s.InProgress}")).Root!;
        var element = Assert.Single(xml.Elements("request"));
        Assert.Equal(["datetime", "description", "type"], element.Element("notes")!.Elements("note").First().Elements().Select(e => e.Name.LocalName));
        Assert.Equal("in_progress", element.Element("extended_attributes")!.Element("detailed_status")!.Value);

        foreach (var url in new[] { $"{s.Lao.Root}/requests.json?extensions=true", $"{s.Lao.Root}/requests.xml?extensions=true" })
        {
            var body = (await client.Open311GetAsync(url)).Body;
            Assert.DoesNotContain(InternalNote, body, StringComparison.Ordinal);
            Assert.DoesNotContain(OfficerName, body, StringComparison.Ordinal);
            Assert.DoesNotContain("หัวหน้า", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task List_Xml_HasServiceRequestsRequest_WithEveryFieldInSpecOrder()
    {
        var s = await ScenarioAsync();
        var root = (await host.AnonymousClient().XmlOkAsync($"{s.Lao.Root}/requests.xml")).Root!;
        Assert.Equal("service_requests", root.Name.LocalName);
        Assert.All(root.Elements(), e => Assert.Equal("request", e.Name.LocalName));
        var first = root.Elements().First();
        Assert.Equal(["service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible",
            "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url"],
            first.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("18.79", first.Element("lat")!.Value);
    }

    [Fact]
    public async Task ConfidentialAndUnconfirmedComplaints_NeverAppear()
    {
        var s = await ScenarioAsync();
        var client = host.AnonymousClient();
        Assert.Equal(0, (await client.JsonOkAsync($"{s.Lao.Root}/requests.json?service_code=corruption")).GetArrayLength());
        Assert.Equal(0, (await client.JsonOkAsync($"{s.Lao.Root}/requests.json?service_request_id={s.Confidential}")).GetArrayLength());
        foreach (var url in new[]
        {
            $"{s.Lao.Root}/requests/{s.Confidential}.json", $"{s.Lao.Root}/requests/{s.Confidential}.xml",
            $"{s.Lao.Root}/tokens/{s.ConfidentialId:N}.json", $"{s.Lao.Root}/tokens/{s.PendingId:N}.json",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.Open311GetAsync(url)).Status);
        }
        foreach (var url in new[] { $"{s.Lao.Root}/requests.json?extensions=true", $"{s.Lao.Root}/requests.xml", $"{s.Lao.Root}/services.json" })
        {
            var body = (await client.Open311GetAsync(url)).Body;
            Assert.DoesNotContain(s.Confidential, body, StringComparison.Ordinal);
            Assert.DoesNotContain("เรียกรับเงิน", body, StringComparison.Ordinal);
            Assert.DoesNotContain("รอยืนยันอีเมล", body, StringComparison.Ordinal);
            Assert.DoesNotContain("pending.o311", body, StringComparison.Ordinal);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOpen311QueryTests(SqliteHost host) : Open311QueryTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOpen311QueryTests(PostgresHost host) : Open311QueryTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlOpen311QueryTests(MySqlHost host) : Open311QueryTests(host);
