using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.OpenData;

/// <summary>
/// The open-data catalogue read the way data.go.th's CKAN harvester reads it: organization_list →
/// organization_show → package_search by organization page by page → package_show → resource_show → every
/// resource downloaded and parsed; every byte published searched for the seeded people; LAOs suspended or without
/// the module not listed; bad parameters answered in CKAN's error shape; DCAT JSON-LD typed as W3C DCAT.
/// </summary>
public abstract class CkanApiTests(LocalGovHost host)
{
    private static readonly string[] Slugs = ["complaint-statistics", "permit-decisions", "revenue", "satisfaction", "waste-service-coverage"];

    private async Task<JsonNode> ActionAsync(HttpClient client, string action, string query = "")
    {
        var response = await client.GetAsync($"/api/3/action/{action}{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}{query}: {(int)response.StatusCode} {body}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString());
        var envelope = JsonNode.Parse(body)!;
        Assert.True(envelope["success"]!.GetValue<bool>());
        Assert.Contains("help_show", envelope["help"]!.GetValue<string>());
        return envelope["result"]!;
    }

    private static async Task<(int Status, JsonNode Error)> ErrorAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var envelope = JsonNode.Parse(body)!;
        Assert.False(envelope["success"]!.GetValue<bool>(), body);
        return ((int)response.StatusCode, envelope["error"]!);
    }

    private static string PathOf(JsonNode? url) => new Uri(url!.GetValue<string>()).PathAndQuery;

    [Fact]
    public async Task HarvesterWalk_ReadsEveryDatasetOfTheLao_AndEveryResourceParses()
    {
        var world = await OpenDataWorld.GetAsync(host);
        var client = host.AnonymousClient();
        var code = world.Lao.Code;

        var status = await ActionAsync(client, "status_show");
        Assert.Equal("http://localhost", status["site_url"]!.GetValue<string>());

        var organizations = (await ActionAsync(client, "organization_list")).AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Contains(code, organizations);
        Assert.Contains("national_rollup", organizations);
        var organization = await ActionAsync(client, "organization_show", $"?id={code}");
        Assert.Equal(world.Lao.Id.ToString(), organization["id"]!.GetValue<string>());
        Assert.Equal(world.Lao.Name.Th, organization["title"]!.GetValue<string>());
        Assert.Equal(Slugs.Length, organization["package_count"]!.GetValue<int>());

        // two rows a page, as a harvester pages through package_search
        var names = new List<string>();
        for (var start = 0; ; start += 2)
        {
            var page = await ActionAsync(client, "package_search", $"?fq=organization:{code}&rows=2&start={start}");
            Assert.Equal(Slugs.Length, page["count"]!.GetValue<int>());
            var results = page["results"]!.AsArray();
            if (results.Count == 0)
            {
                break;
            }
            Assert.True(results.Count <= 2);
            names.AddRange(results.Select(r => r!["name"]!.GetValue<string>()));
        }
        Assert.Equal(Slugs.Select(s => $"{code}-{s}").Order(), names.Order());

        var rowsRead = new Dictionary<string, int>();
        foreach (var name in names)
        {
            var package = await ActionAsync(client, "package_show", $"?id={name}");
            Assert.Equal(name, package["name"]!.GetValue<string>());
            Assert.Equal(organization["id"]!.GetValue<string>(), package["owner_org"]!.GetValue<string>());
            Assert.Equal("Open-Data-Common", package["license_id"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(package["title"]!.GetValue<string>()));
            Assert.Contains("\n\n", package["notes"]!.GetValue<string>()); // Thai, then English
            Assert.NotEmpty(package["tags"]!.AsArray());
            var extras = package["extras"]!.AsArray().ToDictionary(e => e!["key"]!.GetValue<string>(), e => e!["value"]!.GetValue<string>());
            foreach (var key in new[] { "title_en", "notes_en", "update_frequency_unit", "geo_coverage", "temporal_coverage_start", "temporal_coverage_end", "publisher" })
            {
                Assert.False(string.IsNullOrWhiteSpace(extras[key]), key);
            }
            var resources = package["resources"]!.AsArray();
            Assert.Equal(["CSV", "JSON"], resources.Select(r => r!["format"]!.GetValue<string>()));
            var counts = new List<int>();
            foreach (var resource in resources)
            {
                var shown = await ActionAsync(client, "resource_show", $"?id={resource!["id"]!.GetValue<string>()}");
                Assert.Equal(resource["url"]!.GetValue<string>(), shown["url"]!.GetValue<string>());
                Assert.Equal(package["id"]!.GetValue<string>(), shown["package_id"]!.GetValue<string>());
                var download = await client.GetAsync(PathOf(shown["url"]));
                Assert.Equal(HttpStatusCode.OK, download.StatusCode);
                if (shown["format"]!.GetValue<string>() == "CSV")
                {
                    Assert.Equal("text/csv", download.Content.Headers.ContentType!.MediaType);
                    var csv = ParseCsv(await download.Content.ReadAsByteArrayAsync());
                    Assert.Equal(["lao_code", "province_code"], csv[0].Take(2));
                    Assert.All(csv.Skip(1), row => Assert.Equal((csv[0].Length, code), (row.Length, row[0])));
                    counts.Add(csv.Count - 1);
                }
                else
                {
                    var json = JsonNode.Parse(await download.Content.ReadAsStringAsync())!;
                    var fields = json["fields"]!.AsArray().Select(f => f!["id"]!.GetValue<string>()).ToList();
                    var records = json["records"]!.AsArray();
                    Assert.All(records, r => Assert.Equal(fields, r!.AsObject().Select(p => p.Key)));
                    counts.Add(records.Count);
                }
            }
            Assert.Equal(counts[0], counts[1]); // the CSV and the JSON hold the same rows
            rowsRead[name] = counts[0];
        }
        Assert.All(rowsRead, r => Assert.True(r.Value > 0, r.Key));

        // the figures the seeding made, read back from the JSON
        var complaints = await RecordsAsync(client, $"{code}-complaint-statistics");
        Assert.Equal(OpenDataWorld.Complaints, complaints.Where(r => r["category_code"]!.GetValue<string>() == "all").Sum(r => r["received"]!.GetValue<int>()));
        var waste = Assert.Single(await RecordsAsync(client, $"{code}-waste-service-coverage"));
        Assert.Equal((OpenDataWorld.Households, "Z1"), (waste["service_points"]!.GetValue<int>(), waste["zone"]!.GetValue<string>()));
        Assert.True(waste["collected"]!.GetValue<decimal>() >= 1m);
        var permits = await RecordsAsync(client, $"{code}-permit-decisions");
        var all = permits.Last(r => r["permit_type_code"]!.GetValue<string>() == "all");
        Assert.Equal((3, 1, 1), (all["received"]!.GetValue<int>(), all["approved"]!.GetValue<int>(), all["rejected"]!.GetValue<int>()));
        var revenue = await RecordsAsync(client, $"{code}-revenue");
        Assert.Equal(["Permits", "Tax", "WasteFees"], revenue.Select(r => r["source_module"]!.GetValue<string>()).Distinct().Order());
        // a head billed on fewer than five lines (the one permit fee, the one landowner's tax) hides its amounts; six households' show
        Assert.All(revenue, r => Assert.Equal(r["bill_lines"]!.GetValue<int>() < 5, r["billed"] is null && r["collected"] is null));
        Assert.Null(revenue.Single(r => r["source_module"]!.GetValue<string>() == "Permits")["billed"]);
        Assert.Contains(revenue, r => r["source_module"]!.GetValue<string>() == "WasteFees" && r["billed"] is not null);

        // the national roll-up holds this LAO's rows too
        var national = await RecordsAsync(client, "national_rollup-waste-service-coverage");
        Assert.Contains(national, r => r["lao_code"]!.GetValue<string>() == code);
    }

    private static async Task<List<JsonNode>> RecordsAsync(HttpClient client, string name) =>
        [.. JsonNode.Parse(await client.GetStringAsync($"/open-data/{name}.json"))!["records"]!.AsArray().Select(r => r!)];

    [Fact]
    public async Task NoPersonalData_InAnyResource_Document_OrPage()
    {
        var world = await OpenDataWorld.GetAsync(host);
        var client = host.AnonymousClient();
        var published = new StringBuilder();
        var names = (await ActionAsync(client, "package_list")).AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Contains($"{world.Lao.Code}-revenue", names);
        foreach (var name in names)
        {
            var package = await ActionAsync(client, "package_show", $"?id={name}");
            published.Append(package.ToJsonString());
            foreach (var resource in package["resources"]!.AsArray())
            {
                published.Append(Encoding.UTF8.GetString(await client.GetByteArrayAsync(PathOf(resource!["url"]))));
            }
            published.Append(await client.GetStringAsync($"/open-data/{name}.jsonld"));
        }
        published.Append(await client.GetStringAsync("/open-data/catalog.jsonld"));
        published.Append(await client.GetStringAsync("/open-data"));
        published.Append(await client.GetStringAsync($"/t/{world.Lao.Code}/services.json"));
        var text = JsonUnescaped(published.ToString());
        Assert.True(world.Secrets.Count > 40, $"{world.Secrets.Count} secrets");
        Assert.All(world.Secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>JSON may escape Thai as \uXXXX: the search must see the characters.</summary>
    private static string JsonUnescaped(string text) => System.Text.RegularExpressions.Regex.Unescape(text.Replace("\\\"", "'", StringComparison.Ordinal));

    [Fact]
    public async Task TheList_IsWorkedOutOncePerSnapshotOfTheLaos_AndAgainWhenAnLaoChanges()
    {
        var lao = await host.ProvisionAsync($"odc-{Guid.NewGuid().ToString("N")[..6]}", "อบต.แคช", "Cache SAO", ["Complaints"]);
        var first = await PublishersAsync();
        Assert.Contains(first, p => p.Name == lao.Code);
        Assert.Same(first, await PublishersAsync()); // another request, the same snapshot: not worked out again

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            (await db.Set<Tenant>().SingleAsync(t => t.Id == lao.Id)).Suspend("Test: open data cache");
            await db.SaveChangesAsync();
        }
        var after = await PublishersAsync();
        Assert.NotSame(first, after);
        Assert.DoesNotContain(after, p => p.Name == lao.Code);
        Assert.DoesNotContain((await ActionAsync(host.AnonymousClient(), "package_list")).AsArray().Select(n => n!.GetValue<string>()),
            n => n.StartsWith(lao.Code, StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<LocalGov.OpenData.Catalog.Publisher>> PublishersAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalGov.OpenData.Catalog.OpenDataCatalog>().PublishersAsync(default);
    }

    [Fact]
    public async Task SuspendedLao_AndModuleSwitchedOff_AreNotListed()
    {
        var client = host.AnonymousClient();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var suspended = await host.ProvisionAsync($"ods-{suffix}", "อบต.ระงับ", "Suspended SAO", ["Complaints"]);
        var switchedOff = await host.ProvisionAsync($"odo-{suffix}", "อบต.ปิดโมดูล", "Module-off SAO", ["Complaints", "Payments"]);
        var listed = (await ActionAsync(client, "package_list")).AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Contains($"ods-{suffix}-complaint-statistics", listed);
        Assert.Contains($"odo-{suffix}-complaint-statistics", listed);
        Assert.Contains($"odo-{suffix}-revenue", listed);
        Assert.DoesNotContain(listed, n => n.StartsWith("delta-", StringComparison.Ordinal)); // the fixture's suspended LAO
        // no publishing module: only the satisfaction every LAO publishes
        Assert.Equal(["gamma-satisfaction"], listed.Where(n => n.StartsWith("gamma-", StringComparison.Ordinal)));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            (await db.Set<Tenant>().SingleAsync(t => t.Id == suspended.Id)).Suspend("Test: open data");
            (await db.Set<Tenant>().SingleAsync(t => t.Id == switchedOff.Id)).SetFeature("Modules.Complaints", false);
            await db.SaveChangesAsync();
        }

        listed = (await ActionAsync(client, "package_list")).AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.DoesNotContain(listed, n => n.StartsWith($"ods-{suffix}", StringComparison.Ordinal));
        Assert.DoesNotContain($"odo-{suffix}-complaint-statistics", listed);
        Assert.Contains($"odo-{suffix}-revenue", listed);
        Assert.DoesNotContain($"ods-{suffix}", (await ActionAsync(client, "organization_list")).AsArray().Select(n => n!.GetValue<string>()));
        // several organizations at once, the way ckanext-harvest writes its organizations filter
        var either = await ActionAsync(client, "package_search", $"?fq=organization:odo-{suffix}%20OR%20organization:gamma&rows=100");
        Assert.Equal(["gamma-satisfaction", $"odo-{suffix}-revenue", $"odo-{suffix}-satisfaction"],
            either["results"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var search = await ActionAsync(client, "package_search", $"?fq=organization:ods-{suffix}");
        Assert.Equal(0, search["count"]!.GetValue<int>());
        var (status, error) = await ErrorAsync(await client.GetAsync($"/api/3/action/package_show?id=odo-{suffix}-complaint-statistics"));
        Assert.Equal((404, "Not Found Error"), (status, error["__type"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/open-data/ods-{suffix}-complaint-statistics.csv")).StatusCode);
        var national = JsonNode.Parse(await client.GetStringAsync("/open-data/national_rollup-complaint-statistics.json"))!["records"]!.AsArray();
        Assert.DoesNotContain(national, r => r!["lao_code"]!.GetValue<string>().EndsWith(suffix, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("package_search?rows=-1", 409, "Validation Error", "rows")]
    [InlineData("package_search?rows=abc", 409, "Validation Error", "rows")]
    [InlineData("package_search?start=-5", 409, "Validation Error", "start")]
    [InlineData("package_search?fq=colour:blue", 409, "Validation Error", "fq")]
    [InlineData("package_search?fq=organization:%22unclosed", 409, "Validation Error", "fq")]
    [InlineData("package_search?sort=whatever", 409, "Validation Error", "sort")]
    [InlineData("package_show", 409, "Validation Error", "id")]
    [InlineData("package_show?id=no-such-dataset", 404, "Not Found Error", "message")]
    [InlineData("resource_show?id=00000000-0000-0000-0000-000000000000", 404, "Not Found Error", "message")]
    [InlineData("organization_show?id=no-such-lao", 404, "Not Found Error", "message")]
    [InlineData("organization_list?all_fields=perhaps", 409, "Validation Error", "all_fields")]
    [InlineData("package_create", 400, "Bad Request", "message")]
    public async Task BadParameters_AreAnsweredInCkanErrorShape(string request, int status, string type, string field)
    {
        var (answered, error) = await ErrorAsync(await host.AnonymousClient().GetAsync("/api/3/action/" + request));
        Assert.Equal((status, type), (answered, error["__type"]!.GetValue<string>()));
        Assert.NotNull(error[field]);
    }

    [Fact]
    public async Task Post_TakesAJsonBody_AndMalformedJsonIsABadRequest()
    {
        var world = await OpenDataWorld.GetAsync(host);
        var client = host.AnonymousClient();
        var response = await client.PostAsync("/api/3/action/package_search",
            new StringContent($$"""{"fq": "organization:{{world.Lao.Code}}", "rows": 1, "start": 1}""", Encoding.UTF8, "application/json"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Slugs.Length, body["result"]!["count"]!.GetValue<int>());
        Assert.Single(body["result"]!["results"]!.AsArray());

        var (status, error) = await ErrorAsync(await client.PostAsync("/api/3/action/package_show",
            new StringContent("{\"id\": ", Encoding.UTF8, "application/json")));
        Assert.Equal((400, "Bad Request"), (status, error["__type"]!.GetValue<string>()));
        (status, error) = await ErrorAsync(await client.PostAsync("/api/3/action/package_show",
            new StringContent("[1, 2]", Encoding.UTF8, "application/json")));
        Assert.Equal(400, status);
    }

    [Fact]
    public async Task Api_IsReadableFromAnyOrigin()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/3/action/package_list");
        request.Headers.Add("Origin", "https://data.go.th");
        var response = await host.AnonymousClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Dcat_JsonLd_DescribesEachDatasetAndItsDistributions()
    {
        var world = await OpenDataWorld.GetAsync(host);
        var client = host.AnonymousClient();
        var name = $"{world.Lao.Code}-complaint-statistics";
        var response = await client.GetAsync($"/open-data/{name}.jsonld");
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var context = document["@context"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        string Expand(string term) => term.Split(':', 2) is [var prefix, var local] && context.TryGetValue(prefix, out var ns) ? ns + local : term;
        var graph = document["@graph"]!.AsArray().Select(n => n!).ToList();
        var dataset = Assert.Single(graph, n => Expand(n["@type"]!.GetValue<string>()) == "http://www.w3.org/ns/dcat#Dataset");
        var distributions = graph.Where(n => Expand(n["@type"]!.GetValue<string>()) == "http://www.w3.org/ns/dcat#Distribution").ToList();
        Assert.Equal(2, distributions.Count);
        Assert.Equal(distributions.Select(d => d["@id"]!.GetValue<string>()).Order(),
            dataset["dcat:distribution"]!.AsArray().Select(d => d!["@id"]!.GetValue<string>()).Order());
        Assert.Equal(["en", "th"], dataset["dct:title"]!.AsArray().Select(t => t!["@language"]!.GetValue<string>()).Order());
        foreach (var distribution in distributions)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(PathOf(distribution["dcat:downloadURL"]!["@id"]))).StatusCode);
        }
        var package = await ActionAsync(client, "package_show", $"?id={name}");
        Assert.Equal(package["id"]!.GetValue<string>(), dataset["dct:identifier"]!.GetValue<string>());

        var catalog = JsonNode.Parse(await client.GetStringAsync("/open-data/catalog.jsonld"))!["@graph"]!.AsArray();
        var listed = Assert.Single(catalog, n => n!["@type"]!.GetValue<string>() == "dcat:Catalog")!["dcat:dataset"]!.AsArray();
        Assert.Equal((await ActionAsync(client, "package_list")).AsArray().Count, listed.Count);
    }

    [Fact]
    public async Task OpenDataPage_ListsTheCatalogue_InThaiAndEnglish()
    {
        var world = await OpenDataWorld.GetAsync(host);
        var client = host.AnonymousClient();
        var thai = await client.GetStringAsync("/open-data");
        Assert.Contains("ข้อมูลเปิด", thai);
        Assert.Contains($"data-dataset=\"{world.Lao.Code}-permit-decisions\"", thai);
        Assert.Contains($"href=\"/open-data/{world.Lao.Code}-permit-decisions.csv\" data-csv", thai); // relative: the address the reader came by
        Assert.Contains("การพิจารณาคำขออนุญาตภายในเวลาที่กฎหมายกำหนด", thai);
        var english = await client.GetStringAsync("/open-data?culture=en-US");
        Assert.Contains("Permit decisions within the legal time", english);
        Assert.Contains("Open data", english);
        Assert.Contains("href=\"/open-data\" data-open-data", await client.GetStringAsync("/"));
        var own = await client.GetStringAsync($"/t/{world.Lao.Code}/open-data");
        Assert.Contains($"data-dataset=\"{world.Lao.Code}-revenue\"", own);
        Assert.DoesNotContain("data-publisher=\"national_rollup\"", own);
    }

    /// <summary>RFC 4180 as Excel writes it: a BOM, quoted cells with doubled quotes, CRLF rows.</summary>
    private static List<string[]> ParseCsv(byte[] bytes)
    {
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes.Take(3));
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { cell.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString()); cell.Clear();
                rows.Add([.. row]); row.Clear();
                i++;
            }
            else { cell.Append(c); }
        }
        Assert.Empty(row); // the last row ends with CRLF
        return rows;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCkanApiTests(SqliteHost host) : CkanApiTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCkanApiTests(PostgresHost host) : CkanApiTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlCkanApiTests(MySqlHost host) : CkanApiTests(host);
