using System.Net;
using LocalGov.Host.Tests.Infrastructure;

namespace LocalGov.Host.Tests.Complaints.Open311;

/// <summary>
/// jurisdiction_id picks the LAO on the shared endpoint: by code or domain; missing is 400, unknown 404, an LAO
/// without the Complaints module 404 — every one answered in Open311's error shape, though the platform writes them.
/// </summary>
public abstract class Open311JurisdictionTests(LocalGovHost host)
{
    private const string Domain = "open311.o311jur.example";

    private Task<Open311Lao> LaoAsync() => Open311Lao.GetAsync(host, "o311jur", t => t.AddHostName(Domain));

    [Fact]
    public async Task MissingJurisdiction_Is400()
    {
        await LaoAsync();
        var client = host.AnonymousClient();
        var json = await client.Open311GetAsync("/open311/v2/services.json");
        Assert.Equal(HttpStatusCode.BadRequest, json.Status);
        Assert.Contains("jurisdiction_id", Assert.Single(json.Errors()).Description, StringComparison.Ordinal);
        var xml = await client.Open311GetAsync("/open311/v2/requests.xml?jurisdiction_id=");
        Assert.Equal(HttpStatusCode.BadRequest, xml.Status);
        Assert.Equal(400, Assert.Single(xml.XmlErrors()).Code);
        var post = await client.Open311PostAsync("/open311/v2/requests.json", ("service_code", "road"), ("address_string", "x"));
        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        Assert.Contains("jurisdiction_id", Assert.Single(post.Errors()).Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownJurisdiction_Is404()
    {
        var client = host.AnonymousClient();
        var json = await client.Open311GetAsync("/open311/v2/services.json?jurisdiction_id=nowhere");
        Assert.Equal(HttpStatusCode.NotFound, json.Status);
        Assert.Contains("jurisdiction", Assert.Single(json.Errors()).Description, StringComparison.Ordinal);
        var byPath = await client.Open311GetAsync("/t/nowhere/open311/v2/services.xml");
        Assert.Equal(HttpStatusCode.NotFound, byPath.Status);
        Assert.Equal(404, Assert.Single(byPath.XmlErrors()).Code);
    }

    [Fact]
    public async Task LaoWithoutTheComplaintsModule_Is404()
    {
        var client = host.AnonymousClient();
        var json = await client.Open311GetAsync($"/open311/v2/services.json?jurisdiction_id={host.Gamma.Code}");
        Assert.Equal(HttpStatusCode.NotFound, json.Status);
        Assert.Equal(404, Assert.Single(json.Errors()).Code);
        var xml = await client.Open311GetAsync($"/t/{host.Alpha.Code}/open311/v2/requests.xml");
        Assert.Equal(HttpStatusCode.NotFound, xml.Status);
        Assert.Equal(404, Assert.Single(xml.XmlErrors()).Code);
        var post = await client.Open311PostAsync("/open311/v2/requests.json", ("jurisdiction_id", host.Beta.Code), ("api_key", "x"));
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.Equal(404, Assert.Single(post.Errors()).Code);
    }

    [Fact]
    public async Task SuspendedLao_Is403_InOpen311Shape()
    {
        var response = await host.AnonymousClient().Open311GetAsync($"/open311/v2/services.xml?jurisdiction_id={host.Delta.Code}");
        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(403, Assert.Single(response.XmlErrors()).Code);
    }

    [Theory]
    [InlineData("o311jur")]
    [InlineData("O311JUR")]
    [InlineData(Domain)]
    [InlineData("https://" + Domain + "/")]
    [InlineData("o311jur." + LocalGovHost.BaseDomain)]
    public async Task JurisdictionId_ByCodeOrDomain_NamesTheLao(string jurisdiction)
    {
        await LaoAsync();
        var services = await host.AnonymousClient().JsonOkAsync($"/open311/v2/services.json?jurisdiction_id={Uri.EscapeDataString(jurisdiction)}");
        Assert.Contains(services.EnumerateArray(), s => s.GetProperty("service_code").GetString() == "street-light");
    }

    [Theory]
    [InlineData(Domain)]
    [InlineData("o311jur." + LocalGovHost.BaseDomain)]
    public async Task HostName_NamesTheLao_WithoutJurisdictionId(string hostName)
    {
        await LaoAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/open311/v2/discovery.json");
        request.Headers.Host = hostName;
        var response = await host.AnonymousClient().SendAsync(request).ReadAsync();
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("o311jur", response.Json().GetProperty("contact").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JurisdictionInThePostedForm_NamesTheLao()
    {
        var lao = await LaoAsync();
        var response = await host.AnonymousClient().Open311PostAsync("/open311/v2/requests.json",
            ("jurisdiction_id", "o311jur"), ("api_key", lao.Key), ("service_code", "road"), ("address_string", "หน้าตลาด"));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var id = response.Json()[0].GetProperty("service_request_id").GetString()!;
        Assert.Equal(lao.Tenant.Id, (await lao.FindAsync(id)).TenantId);
    }

    [Fact]
    public async Task JurisdictionId_DisagreeingWithThePath_IsRefused()
    {
        var lao = await LaoAsync();
        var client = host.AnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await client.Open311GetAsync($"{lao.Root}/services.json?jurisdiction_id=o311jur")).Status);
        var other = await client.Open311GetAsync($"{lao.Root}/services.json?jurisdiction_id={host.Gamma.Code}");
        Assert.Equal(HttpStatusCode.BadRequest, other.Status);
        Assert.Equal(400, Assert.Single(other.Errors()).Code);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Open311GetAsync($"{lao.Root}/services.json?jurisdiction_id=nowhere")).Status);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOpen311JurisdictionTests(SqliteHost host) : Open311JurisdictionTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOpen311JurisdictionTests(PostgresHost host) : Open311JurisdictionTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlOpen311JurisdictionTests(MySqlHost host) : Open311JurisdictionTests(host);
