using System.Net;
using System.Text.Json.Nodes;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.OpenData;

/// <summary>
/// Each LAO's machine-readable service catalogue (issue 22, item 4): one JSON document per LAO built from its
/// permit types and its modules, each service with its fee and legal time, and deep links a fresh client follows
/// straight to the service page, in Thai or English.
/// </summary>
public abstract class ServiceCatalogTests(LocalGovHost host)
{
    [Fact]
    public async Task Catalogue_ListsEveryModulesServices_WithFeeAndLegalTime_FromThePermitTypes()
    {
        var world = await OpenDataWorld.GetAsync(host);
        var response = await host.AnonymousClient().GetAsync($"/t/{world.Lao.Code}/services.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(world.Lao.Code, document["lao"]!["code"]!.GetValue<string>());
        var services = document["services"]!.AsArray().Select(s => s!).ToDictionary(s => s["id"]!.GetValue<string>());
        Assert.Contains("complaints.report", services.Keys);
        Assert.Contains("waste.fees", services.Keys);
        Assert.Contains("tax.land-building", services.Keys);

        var types = await host.InTenantAsync(world.Lao, s => s.GetRequiredService<LocalGovDbContext>().Set<PermitType>().AsNoTracking()
            .Where(t => t.Active).ToListAsync());
        Assert.Equal(types.Select(t => "permits." + t.Code).Order(), services.Keys.Where(k => k.StartsWith("permits.", StringComparison.Ordinal)).Order());
        foreach (var type in types)
        {
            var service = services["permits." + type.Code];
            Assert.Equal((type.NameTh, type.NameEn), (service["name_th"]!.GetValue<string>(), service["name_en"]!.GetValue<string>()));
            Assert.Equal(type.DecisionDays, service["legal_days"]!.GetValue<int>());
            Assert.Equal(LocalGov.Permits.Publishing.ServiceManual.FeeSummary(type).Th, service["fee_th"]!.GetValue<string>());
            Assert.Equal($"http://{world.Lao.Code}.{LocalGovHost.BaseDomain}/permits/{type.Code}", service["url"]!.GetValue<string>());
            Assert.Equal($"http://{world.Lao.Code}.{LocalGovHost.BaseDomain}/permits/{type.Code}/apply", service["apply_url"]!.GetValue<string>());
            if (type.FeeMode == FeeMode.Fixed)
            {
                Assert.Equal(type.FixedFee, service["fee_amount"]!.GetValue<decimal>());
            }
        }
    }

    [Fact]
    public async Task DeepLinks_OpenTheServicePageDirectly_InThaiAndInEnglish()
    {
        var world = await OpenDataWorld.GetAsync(host);
        var document = JsonNode.Parse(await host.AnonymousClient().GetStringAsync($"/t/{world.Lao.Code}/services.json"))!;
        var services = document["services"]!.AsArray().Select(s => s!).ToList();
        Assert.True(services.Count >= 8, $"{services.Count} services");
        foreach (var service in services)
        {
            foreach (var (link, name) in new[] { ("url", "name_th"), ("url_en", "name_en") })
            {
                // a fresh client each time: no cookie, no session, nothing but the link
                var client = host.AnonymousClient();
                // absolute, as the catalogue gives it: the LAO's own address ({code}.{base domain} on the test host)
                var url = new Uri(service[link]!.GetValue<string>());
                Assert.Equal($"{world.Lao.Code}.{LocalGovHost.BaseDomain}", url.Host);
                var response = await client.GetAsync(url);
                var page = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {response.Headers.Location}");
                Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
                Assert.Contains(service[name]!.GetValue<string>(), WebUtility.HtmlDecode(page), StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task ModuleSwitchedOff_ItsServicesAreNotListed_AndTheHostListsTheLaos()
    {
        var code = "odsv-" + Guid.NewGuid().ToString("N")[..6];
        var lao = await host.ProvisionAsync(code, "อบต.บริการ", "Services SAO", ["Complaints"]);
        var client = host.AnonymousClient();
        var services = JsonNode.Parse(await client.GetStringAsync($"/t/{code}/services.json"))!["services"]!.AsArray()
            .Select(s => s!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(["complaints.report", "complaints.track"], services);

        var index = JsonNode.Parse(await client.GetStringAsync("/services.json"))!["laos"]!.AsArray();
        var entry = Assert.Single(index, l => l!["code"]!.GetValue<string>() == code)!;
        Assert.Equal($"http://{code}.{LocalGovHost.BaseDomain}/services.json", entry["services_url"]!.GetValue<string>());
        Assert.DoesNotContain(index, l => l!["code"]!.GetValue<string>() == host.Delta.Code); // suspended
        Assert.Equal(lao.Name.Th, entry["name_th"]!.GetValue<string>());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteServiceCatalogTests(SqliteHost host) : ServiceCatalogTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresServiceCatalogTests(PostgresHost host) : ServiceCatalogTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlServiceCatalogTests(MySqlHost host) : ServiceCatalogTests(host);
