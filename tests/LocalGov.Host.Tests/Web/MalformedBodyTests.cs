using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using LocalGov.Complaints.Workflow;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Web;

/// <summary>
/// Bodies a form page cannot read, sent with a valid antiforgery token in the header, are answered 400/413/415 with
/// a message in the reader's language, never 500, and store nothing.
/// </summary>
public abstract partial class MalformedBodyTests(LocalGovHost host)
{
    private static readonly ConditionalWeakTable<LocalGovHost, Lazy<Task<World>>> Worlds = [];

    private sealed record World(TenantInfo Lao, Guid ResidentId);

    private Task<World> WorldAsync() => Worlds.GetValue(host, h => new Lazy<Task<World>>(async () =>
    {
        var code = "mb" + Guid.NewGuid().ToString("N")[..10];
        var lao = await h.ProvisionAsync(code, $"เทศบาล {code}", $"{code} Municipality", ["Complaints", "Permits", "Payments"]);
        var resident = await People.CreateAsync(h, People.NewEmail("malformed"), UserKind.Resident, []);
        return new World(lao, resident.Id);
    })).Value;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "public-complaint", "staff-complaint", "permit-apply" })
        {
            foreach (var kind in new[] { "json", "text", "empty", "multipart-without-boundary", "truncated-multipart", "too-many-fields" })
            {
                data.Add(page, kind);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task MalformedBody_WithAValidToken_Is4xxInThai_AndStoresNothing(string page, string kind)
    {
        var world = await WorldAsync();
        var (client, url) = ClientFor(world, page);
        var before = await StoredAsync(world);

        using var response = await PostAsync(client, url, kind);
        var body = await response.Content.ReadAsStringAsync();

        var (status, thai, _) = Expected(kind);
        Assert.True((int)response.StatusCode == status, $"{page} {kind}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
        Assert.Contains(thai, body, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(world));
    }

    [Fact]
    public async Task MalformedBody_InEnglish_IsExplainedInEnglish_AsPageAndAsProblem()
    {
        var world = await WorldAsync();
        var (client, url) = ClientFor(world, "public-complaint");
        var (_, _, inEnglish) = Expected("json");
        // the cookie the site's language switch sets
        var english = $"{CookieRequestCultureProvider.DefaultCookieName}={Uri.EscapeDataString(CookieRequestCultureProvider.MakeCookieValue(new RequestCulture("en-US")))}";

        using var page = await PostAsync(client, url, "json", english);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, page.StatusCode);
        Assert.Contains(inEnglish, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var apiClient = Client(world, "public-complaint", accept: "application/json");
        using var problem = await PostAsync(apiClient, url, "too-many-fields", english);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, problem.StatusCode);
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
        Assert.Contains(Expected("too-many-fields").English, await problem.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static (int Status, string Thai, string English) Expected(string kind) => kind switch
    {
        "json" or "text" or "empty" => (415, "หน้านี้รับเฉพาะข้อมูลที่ส่งจากแบบฟอร์มบนเว็บไซต์", "This page accepts only a web form"),
        "too-many-fields" => (413, "มีขนาดหรือจำนวนช่องมากเกินกว่าที่รับได้", "has more fields, than this page accepts"),
        _ => (400, "อ่านข้อมูลที่ส่งมาไม่ได้", "could not be read"),
    };

    private (HttpClient Client, string Url) ClientFor(World world, string page) => (Client(world, page, "text/html"), page switch
    {
        "public-complaint" => $"/t/{world.Lao.Code}/complaints/new",
        "staff-complaint" => $"/t/{world.Lao.Code}/staff/complaints/new",
        _ => $"/t/{world.Lao.Code}/permits/food-notice/apply",
    });

    private HttpClient Client(World world, string page, string accept)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Accept.ParseAdd(accept);
        if (page == "staff-complaint")
        {
            client.DefaultRequestHeaders.Add(TestAuthHandler.Header, TestAuthHandler.For(Guid.NewGuid().ToString(), world.Lao.Id, RoleTemplates.ComplaintsOfficer));
        }
        else if (page == "permit-apply")
        {
            client.DefaultRequestHeaders.Add(TestAuthHandler.Header, TestAuthHandler.For(world.ResidentId.ToString(), null));
        }
        return client;
    }

    /// <summary>Gets the page (its antiforgery cookie and token, as a browser would), then posts the body with the token in the header.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string kind, string? cookie = null)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookie is not null)
        {
            get.Headers.Add("Cookie", cookie);
        }
        using var form = await client.SendAsync(get);
        var html = await form.Content.ReadAsStringAsync();
        var token = Token().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {url}: {html[..Math.Min(html.Length, 300)]}");
        var cookies = form.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]).ToList() : [];
        if (cookie is not null)
        {
            cookies.Add(cookie);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Body(kind) };
        request.Headers.Add("X-CSRF-TOKEN", WebUtility.HtmlDecode(token.Groups[1].Value));
        request.Headers.Add("Cookie", string.Join("; ", cookies));
        return await client.SendAsync(request);
    }

    private static HttpContent Body(string kind)
    {
        const string part = "--XyZ\r\nContent-Disposition: form-data; name=\"Input.Description\"\r\n\r\nถนนพัง";
        return kind switch
        {
            "json" => new StringContent("""{"Input.Description":"ถนนพัง","Input.Category":"road"}""", Encoding.UTF8, "application/json"),
            "text" => new StringContent("Input.Description=ถนนพัง", Encoding.UTF8, "text/plain"),
            "empty" => new ByteArrayContent([]),
            "multipart-without-boundary" => WithType(new ByteArrayContent(Encoding.UTF8.GetBytes(part + "\r\n--XyZ--\r\n")), "multipart/form-data"),
            "truncated-multipart" => WithType(new ByteArrayContent(Encoding.UTF8.GetBytes(part)), "multipart/form-data; boundary=XyZ"),
            "too-many-fields" => new FormUrlEncodedContent(Enumerable.Range(0, 1_100).Select(i => new KeyValuePair<string, string>($"f{i}", "1"))),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static ByteArrayContent WithType(ByteArrayContent content, string type)
    {
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        return content;
    }

    private Task<int> StoredAsync(World world) => host.InTenantAsync(world.Lao, async services =>
    {
        var db = services.GetRequiredService<LocalGovDbContext>();
        return await db.Set<Complaint>().CountAsync() + await db.Set<PermitApplication>().CountAsync();
    });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteMalformedBodyTests(SqliteHost host) : MalformedBodyTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresMalformedBodyTests(PostgresHost host) : MalformedBodyTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlMalformedBodyTests(MySqlHost host) : MalformedBodyTests(host);
