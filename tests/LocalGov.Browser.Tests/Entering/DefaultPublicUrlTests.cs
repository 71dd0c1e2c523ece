using LocalGov.Browser.Tests.Infrastructure;

namespace LocalGov.Browser.Tests.Entering;

/// <summary>
/// Issue 21, item 3: a host whose <c>Site:PublicUrl</c> is left unset (as after <c>dotnet run</c> on another port)
/// builds the absolute addresses of Open311 discovery and of mail from the address the request came by, not from
/// http://localhost:5080.
/// </summary>
[Collection(BrowserCollection.Name)] // one host starting at a time: two at once on a busy machine miss the 60 s start
public sealed class DefaultPublicUrlTests(UnconfiguredSite site) : IClassFixture<UnconfiguredSite>
{
    private readonly BrowserFixture _browser = site.Browser;

    [Fact]
    public async Task Open311Discovery_NamesTheAddressItWasAskedAt()
    {
        await using var visitor = await FreshVisitor.ArriveAsync(_browser, viaLocalhost: true);
        var response = await visitor.Page.GotoAsync("/t/demo-city/open311/v2/discovery.json");
        Assert.Equal(200, response!.Status);
        var discovery = await response.TextAsync();
        Assert.Contains($"\"{visitor.Origin}/t/demo-city/open311/v2/\"", discovery, StringComparison.Ordinal);
        Assert.DoesNotContain(":5080", discovery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MailSentOutsideARequest_LinksToWhereTheHostListens()
    {
        // the demo's permits are filed and decided through the real services at start-up, which mail the resident
        var mail = await PickupMail.WaitForAsync(_browser.Host, "resident@localgov.local", "/permits");
        Assert.StartsWith(_browser.Host.BaseUrl + "/t/", mail.FirstLink, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordResetMail_LinksToTheLaoAddressItWasAskedAt()
    {
        await using var visitor = await FreshVisitor.ArriveAsync(_browser, viaLocalhost: true);
        var page = visitor.Page;
        await page.GotoAsync("/t/demo-city/account/forgot-password");
        await page.FillAsync("#email", "resident@localgov.local");
        await page.Locator("form.form button[type=submit]").ClickAsync();

        var mail = await PickupMail.WaitForAsync(_browser.Host, "resident@localgov.local", "/account/reset-password?");
        Assert.StartsWith($"{visitor.Origin}/t/demo-city/account/reset-password?", mail.FirstLink, StringComparison.Ordinal);
        await page.GotoAsync(mail.FirstLink);
        await visitor.AssertLinksStayAsync(withinLaos: true);
    }
}
