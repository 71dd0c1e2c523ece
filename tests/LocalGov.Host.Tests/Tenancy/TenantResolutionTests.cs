using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Notes;
using LocalGov.Platform.Authorization;

namespace LocalGov.Host.Tests.Tenancy;

/// <summary>How a request names its tenant, and what happens when that goes wrong.</summary>
public abstract class TenantResolutionTests(LocalGovHost host)
{
    [Fact]
    public async Task PathPrefix_NamesTheTenant_AndThePageShowsIt()
    {
        var html = await host.AnonymousClient().GetStringAsync("/t/alpha/");
        Assert.Contains("เทศบาลอัลฟา", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/alpha/\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Header_NamesTheTenant()
    {
        var client = host.StaffClient(host.Beta, RoleTemplates.TenantAdmin);
        client.DefaultRequestHeaders.Remove(TestAuthHandler.Header);
        client.DefaultRequestHeaders.Add("X-Tenant", "beta");
        var html = await client.GetStringAsync("/");
        Assert.Contains("เทศบาลเบตา", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubdomainOfBaseDomain_NamesTheTenant()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = $"beta.{LocalGovHost.BaseDomain}";
        var response = await host.AnonymousClient().SendAsync(request);
        Assert.Contains("เทศบาลเบตา", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MappedCustomDomain_NamesTheTenant()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = LocalGovHost.AlphaCustomDomain;
        var response = await host.AnonymousClient().SendAsync(request);
        Assert.Contains("เทศบาลอัลฟา", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/t/nowhere/")]
    [InlineData("/t/nowhere/api/notes")]
    public async Task UnknownTenant_Is404(string path)
    {
        var response = await host.AnonymousClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task UnknownSubdomain_Is404()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = $"nowhere.{LocalGovHost.BaseDomain}";
        Assert.Equal(HttpStatusCode.NotFound, (await host.AnonymousClient().SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task SuspendedTenant_ShowsAClearPage_AndNoData()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/t/delta/");
        request.Headers.Accept.ParseAdd("text/html");
        var response = await host.AnonymousClient().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("ถูกระงับชั่วคราว", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Welcome", html, StringComparison.Ordinal);

        var api = await host.StaffClient(host.Delta, RoleTemplates.TenantAdmin).GetAsync("/t/delta/api/notes");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("tenant-suspended", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffOfAlpha_AskingForBetaByPath_Is403()
    {
        var response = await host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin).GetAsync("/t/beta/api/notes");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("tenant-mismatch", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffOfAlpha_AskingForBetaByHeader_Is403()
    {
        var client = host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin);
        client.DefaultRequestHeaders.Add("X-Tenant", "beta");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/notes")).StatusCode);
    }

    [Fact]
    public async Task StaffOfAlpha_AskingForBetaByHostName_Is403()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/notes");
        request.Headers.Host = $"beta.{LocalGovHost.BaseDomain}";
        var response = await host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin).SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task StaffWithoutNamingATenant_WorkInTheirOwn()
    {
        var notes = await host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin).GetAsync("/api/notes").ContinueWith(t => t.Result.ReadAsync<List<NoteDto>>()).Unwrap();
        Assert.Contains(notes, n => n.Number == "SEED");
    }

    [Fact]
    public async Task PathAndHeaderNamingDifferentTenants_Is400()
    {
        var client = host.AnonymousClient();
        client.DefaultRequestHeaders.Add("X-Tenant", "beta");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/t/alpha/")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteTenantResolutionTests(SqliteHost host) : TenantResolutionTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresTenantResolutionTests(PostgresHost host) : TenantResolutionTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlTenantResolutionTests(MySqlHost host) : TenantResolutionTests(host);
