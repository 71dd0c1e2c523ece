using System.Net;
using System.Text.RegularExpressions;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.Authorization;

namespace LocalGov.Host.Tests.Web;

public abstract partial class ShellTests(LocalGovHost host)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_Answers200(string path) =>
        Assert.Equal(HttpStatusCode.OK, (await host.AnonymousClient().GetAsync(path)).StatusCode);

    [Fact]
    public async Task ThePrivacyNotice_ExistsInBothLanguages_AndIsLinkedFromEveryPageAndTheSignUpForm()
    {
        var client = new FormClient(host.AnonymousClient());
        var thai = await client.GetPageAsync("/t/alpha/privacy");
        Assert.Contains("data-privacy", thai, StringComparison.Ordinal);
        Assert.Contains("เทศบาลอัลฟา", thai, StringComparison.Ordinal); // the LAO is the controller
        Assert.Contains("72 ชั่วโมง", thai, StringComparison.Ordinal);
        var english = await client.GetPageAsync("/t/alpha/privacy?culture=en-US");
        Assert.Contains("within 30 days", english, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/alpha/privacy\"", await client.GetPageAsync("/t/alpha/"), StringComparison.Ordinal);
        Assert.Contains("href=\"/t/alpha/privacy\"", await client.GetPageAsync("/t/alpha/account/register"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesTheApi()
    {
        var json = await host.AnonymousClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"openapi\"", json, StringComparison.Ordinal);
        Assert.Contains("/api/notes", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders()
    {
        var response = await host.AnonymousClient().GetAsync("/t/alpha/");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThaiIsTheDefault_WithBuddhistEraDates()
    {
        var html = await host.AnonymousClient().GetStringAsync("/t/alpha/");
        Assert.Contains("<html lang=\"th\">", html, StringComparison.Ordinal);
        Assert.Matches(BuddhistEraDate(), html);
        Assert.Contains("เทศบาลอัลฟา", html, StringComparison.Ordinal); // UTF-8, not &#x entities
    }

    [Fact]
    public async Task CultureSwitch_NeedsTheAntiforgeryToken_AndThenShowsEnglish()
    {
        var client = host.AnonymousClient();
        var refused = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en-US" }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var page = await client.GetAsync("/t/alpha/");
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html).Groups[1].Value;
        var cookies = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        var request = new HttpRequestMessage(HttpMethod.Post, "/culture")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["culture"] = "en-US", ["returnUrl"] = "/t/alpha/", ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Cookie", string.Join("; ", cookies));
        var switched = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/t/alpha/", switched.Headers.Location!.OriginalString);

        var cultureCookie = switched.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal));
        var english = new HttpRequestMessage(HttpMethod.Get, "/t/alpha/");
        english.Headers.Add("Cookie", cultureCookie);
        var englishHtml = await (await client.SendAsync(english)).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Alpha Municipality", englishHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiErrors_AreProblemDetails()
    {
        var response = await host.AnonymousClient().GetAsync("/t/nowhere/api/notes");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("ไม่พบหน่วยงานนี้", body, StringComparison.Ordinal);
        Assert.Contains("not on LocalGov", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_ShowsTheStatusPage()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/t/alpha/no-such-page");
        request.Headers.Accept.ParseAdd("text/html");
        var response = await host.AnonymousClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("data-status=\"404\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnexpectedError_ShowsTheStatusPage_ToAPerson_AndProblemDetails_ToAnApiClient()
    {
        var page = new HttpRequestMessage(HttpMethod.Get, "/t/alpha/notes/broken");
        page.Headers.Accept.ParseAdd("text/html");
        var response = await host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin).SendAsync(page);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-status=\"500\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("the page broke", html, StringComparison.Ordinal); // no technical detail

        var api = await host.StaffClient(host.Alpha, RoleTemplates.TenantAdmin).GetAsync("/t/alpha/notes/broken");
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
    }

    [GeneratedRegex(@"\d{1,2} (มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม) พ\.ศ\. 25\d\d")]
    private static partial Regex BuddhistEraDate();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteShellTests(SqliteHost host) : ShellTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresShellTests(PostgresHost host) : ShellTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlShellTests(MySqlHost host) : ShellTests(host);
