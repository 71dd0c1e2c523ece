using System.Net;
using System.Text.RegularExpressions;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Authorization;

namespace LocalGov.Host.Tests.Complaints.Open311;

/// <summary>The LAO admin's API keys page: a key is shown in full once, works at once, and stops when revoked.</summary>
public abstract partial class Open311ApiKeysPageTests(LocalGovHost host)
{
    private Task<Open311Lao> LaoAsync() => Open311Lao.GetAsync(host, "o311adm");

    private async Task<(FormClient Admin, string Key)> CreateKeyAsync(Open311Lao lao, string name)
    {
        var admin = new FormClient(host.StaffClient(lao.Tenant, RoleTemplates.TenantAdmin));
        var created = await admin.SubmitAsync($"/t/{lao.Tenant.Code}/admin/open311", ("name", name), ("contactEmail", "dev@example.org"));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var page = await created.Content.ReadAsStringAsync();
        var key = KeyShown().Match(page);
        Assert.True(key.Success, page);
        return (admin, key.Groups[1].Value);
    }

    [Fact]
    public async Task Admin_CreatesAKey_SeesItOnce_AndItFilesComplaints()
    {
        var lao = await LaoAsync();
        var (admin, key) = await CreateKeyAsync(lao, "Chiang Mai Fix App");

        var list = await admin.GetPageAsync($"/t/{lao.Tenant.Code}/admin/open311");
        Assert.Contains("Chiang Mai Fix App", list, StringComparison.Ordinal);
        Assert.Contains($"data-client=\"{key[..8]}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain(key, list, StringComparison.Ordinal); // shown once, never again

        var filed = await host.AnonymousClient().Open311PostAsync($"{lao.Root}/requests.json",
            ("api_key", key), ("service_code", "road"), ("address_string", "หน้าโรงเรียน"));
        Assert.Equal(HttpStatusCode.OK, filed.Status);
        var client = await lao.ClientAsync(key);
        Assert.Equal(1, client.RequestCount);
        Assert.Equal("dev@example.org", client.ContactEmail);
        Assert.NotEqual(key, client.KeyHash);
    }

    [Fact]
    public async Task Admin_RevokesAKeyAfterConfirming_AndItStopsWorking()
    {
        var lao = await LaoAsync();
        var (admin, key) = await CreateKeyAsync(lao, "Old App");
        var id = (await lao.ClientAsync(key)).Id;

        var confirm = await admin.GetPageAsync($"/t/{lao.Tenant.Code}/admin/open311/{id}/revoke");
        Assert.Contains("Old App", confirm, StringComparison.Ordinal);
        Assert.Contains("data-confirm-revoke", confirm, StringComparison.Ordinal);
        Assert.Null((await lao.ClientAsync(key)).RevokedAt); // asking is not revoking

        var revoked = await admin.SubmitAsync($"/t/{lao.Tenant.Code}/admin/open311/{id}/revoke");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.NotNull((await lao.ClientAsync(key)).RevokedAt);

        var refused = await host.AnonymousClient().Open311PostAsync($"{lao.Root}/requests.json",
            ("api_key", key), ("service_code", "road"), ("address_string", "หน้าโรงเรียน"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }

    [Fact]
    public async Task RevokeWithoutTheAntiforgeryToken_IsRefused()
    {
        var lao = await LaoAsync();
        var (_, key) = await CreateKeyAsync(lao, "Forged App");
        var id = (await lao.ClientAsync(key)).Id;
        var forged = await host.StaffClient(lao.Tenant, RoleTemplates.TenantAdmin)
            .PostAsync($"/t/{lao.Tenant.Code}/admin/open311/{id}/revoke", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null((await lao.ClientAsync(key)).RevokedAt);
    }

    [Fact]
    public async Task ComplaintsOfficer_CannotManageKeys()
    {
        var lao = await LaoAsync();
        var officer = host.StaffClient(lao.Tenant, RoleTemplates.ComplaintsOfficer);
        var response = await officer.GetAsync($"/t/{lao.Tenant.Code}/admin/open311");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [GeneratedRegex("<code data-key>([^<]+)</code>")]
    private static partial Regex KeyShown();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOpen311ApiKeysPageTests(SqliteHost host) : Open311ApiKeysPageTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOpen311ApiKeysPageTests(PostgresHost host) : Open311ApiKeysPageTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlOpen311ApiKeysPageTests(MySqlHost host) : Open311ApiKeysPageTests(host);
