using System.Net;
using LocalGov.Host.Tests.Infrastructure;

namespace LocalGov.Host.Tests.Complaints.Open311;

/// <summary>
/// Issue 20, item 8: an outside client reads discovery before it knows a jurisdiction_id, so discovery answers
/// without one (every other resource still needs it); browser-based clients may call the API across origins (CORS),
/// while the site's own pages and APIs grant no other origin anything.
/// </summary>
public abstract class Open311DiscoveryCorsTests(LocalGovHost host)
{
    private const string Origin = "https://app.example.org";

    [Fact]
    public async Task Discovery_WithoutJurisdiction_AnswersTheSharedEndpoint_InBothFormats()
    {
        var client = host.AnonymousClient();
        var json = await client.Open311GetAsync("/open311/v2/discovery.json");
        Assert.Equal(HttpStatusCode.OK, json.Status);
        var endpoint = json.Json().GetProperty("endpoints")[0];
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.GetProperty("specification").GetString());
        Assert.EndsWith("/open311/v2/", endpoint.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains("jurisdiction_id", json.Json().GetProperty("contact").GetString(), StringComparison.Ordinal);

        var xml = await client.Open311GetAsync("/open311/v2/discovery.xml");
        Assert.Equal(HttpStatusCode.OK, xml.Status);
        Assert.Equal("discovery", xml.Xml().Root!.Name.LocalName);

        // the rest still needs a jurisdiction; an LAO without the module still has no discovery
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Open311GetAsync("/open311/v2/services.json")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Open311GetAsync($"/open311/v2/discovery.json?jurisdiction_id={host.Gamma.Code}")).Status);
    }

    [Fact]
    public async Task BrowserClients_GetCorsHeaders_OnOpen311_AndAPreflightForPost_ButNotOnTheSitesOwnApis()
    {
        var lao = await Open311Lao.GetAsync(host, "cors311");
        var client = host.AnonymousClient();

        using var get = new HttpRequestMessage(HttpMethod.Get, $"{lao.Root}/services.json");
        get.Headers.Add("Origin", Origin);
        using var got = await client.SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, got.StatusCode);
        Assert.Equal("*", Assert.Single(got.Headers.GetValues("Access-Control-Allow-Origin")));

        using var preflight = new HttpRequestMessage(HttpMethod.Options, $"{lao.Root}/requests.json");
        preflight.Headers.Add("Origin", Origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type,idempotency-key");
        using var allowed = await client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Contains("POST", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.Contains("idempotency-key", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);

        using var post = new HttpRequestMessage(HttpMethod.Post, $"{lao.Root}/requests.json")
        {
            Content = new FormUrlEncodedContent([new("api_key", lao.Key), new("service_code", "road"), new("address_string", "ถนนทดสอบ CORS")]),
        };
        post.Headers.Add("Origin", Origin);
        using var posted = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.True(posted.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(posted.Headers.Contains("Access-Control-Allow-Credentials"));

        using var own = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        own.Headers.Add("Origin", Origin);
        Assert.False((await client.SendAsync(own)).Headers.Contains("Access-Control-Allow-Origin"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOpen311DiscoveryCorsTests(SqliteHost host) : Open311DiscoveryCorsTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOpen311DiscoveryCorsTests(PostgresHost host) : Open311DiscoveryCorsTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlOpen311DiscoveryCorsTests(MySqlHost host) : Open311DiscoveryCorsTests(host);
