using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LocalGov.Host.Tests.Web.Production;

/// <summary>
/// Production behind a proxy: HSTS on HTTPS answers, every cookie Secure, and only this site's host names answered
/// (configured hosts, the public URL's, the tenant base domain and its subdomains, LAO custom domains).
/// </summary>
public abstract class ProductionTests(LocalGovHost host)
{
    private FormClient On(string hostName, string scheme = "https") => new(host.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri($"{scheme}://{hostName}"),
    }));

    private static IEnumerable<string> SetCookies(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Where(v => v.StartsWith(name + "=", StringComparison.Ordinal)) : [];

    [Fact]
    public async Task HttpsAnswer_CarriesHsts()
    {
        var response = await On($"alpha.{LocalGovHost.BaseDomain}").Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        Assert.Contains("max-age=31536000", hsts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryCookie_IsSecure_EvenOnAPlainHttpRequest()
    {
        var plain = await On($"alpha.{LocalGovHost.BaseDomain}", "http").Http.GetAsync("/account/login");
        Assert.True(plain.IsSuccessStatusCode, $"{(int)plain.StatusCode} {plain.Headers}");
        Assert.Contains("secure", Assert.Single(SetCookies(plain, ".LocalGov.Antiforgery")), StringComparison.OrdinalIgnoreCase);

        var email = People.NewEmail("prod");
        await People.CreateAsync(host, email, UserKind.Resident, []);
        var client = On($"alpha.{LocalGovHost.BaseDomain}");
        var signedIn = await client.SubmitAsync("/account/login", ("Input.Email", email), ("Input.Password", People.Password));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.All(SetCookies(signedIn, ".LocalGov.Auth"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(SetCookies(signedIn, ".LocalGov.Auth"));

        var culture = await client.SubmitAsync("/", [new("culture", "en-US"), new("returnUrl", "/")], "/culture");
        Assert.Equal(HttpStatusCode.Redirect, culture.StatusCode);
        Assert.Contains("secure", Assert.Single(SetCookies(culture, ".AspNetCore.Culture")), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("alpha." + LocalGovHost.BaseDomain)]
    [InlineData(LocalGovHost.AlphaCustomDomain)]
    [InlineData("eservice.example.go.th")]
    [InlineData(ProductionHost.ExtraHost)]
    public async Task OwnHostNames_Answer(string hostName) =>
        Assert.Equal(HttpStatusCode.OK, (await On(hostName).Http.GetAsync("/")).StatusCode);

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("localgov.test.attacker.example")]
    [InlineData("localhost")]
    public async Task AnyOtherHostName_Is400_BeforeALinkIsBuilt(string hostName)
    {
        var response = await On(hostName).Http.GetAsync("/account/login?returnUrl=/my/bills");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("Host", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await On(hostName).Http.GetAsync("/health/live")).StatusCode); // a probe by address
    }
}

public sealed class SqliteProductionTests(ProductionSqliteHost host) : ProductionTests(host), IClassFixture<ProductionSqliteHost>;

public sealed class PostgresProductionTests(ProductionPostgresHost host) : ProductionTests(host), IClassFixture<ProductionPostgresHost>;

public sealed class MySqlProductionTests(ProductionMySqlHost host) : ProductionTests(host), IClassFixture<ProductionMySqlHost>;
