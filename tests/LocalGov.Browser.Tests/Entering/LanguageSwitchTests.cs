using LocalGov.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LocalGov.Browser.Tests.Entering;

/// <summary>
/// Issue 21, item 1: someone arriving straight at an LAO's address (a link on the LAO's website, a bookmark) switches
/// the language and stays where they were; a switch that cannot be trusted shows the site's own page in their language.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitchTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/t/demo-city/")]
    [InlineData("/t/demo-sao/complaints")]
    public async Task Switch_WhenEnteringStraightAtAnLaoAddress_ChangesTheLanguageOnTheSamePage(string address)
    {
        await using var visitor = await FreshVisitor.ArriveAsync(fixture, viaLocalhost: true);
        var page = visitor.Page;
        await page.GotoAsync(address);
        Assert.Equal("th", await page.GetAttributeAsync("html", "lang"));

        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync(),
            r => r.Request.Method == "POST");
        Assert.True(answer.Status < 400, $"The switch answered {answer.Status} {answer.StatusText}");
        await page.Locator("html[lang=en]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Equal(visitor.Origin + address, page.Url);

        await page.GetByRole(AriaRole.Button, new() { Name = "ภาษาไทย" }).ClickAsync();
        await page.Locator("html[lang=th]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Equal(visitor.Origin + address, page.Url);
        visitor.AssertEveryAssetLoaded();
    }

    [Fact]
    public async Task Switch_WithoutTheFormToken_ShowsTheSitesPageInThai_NotADeveloperMessage()
    {
        await using var visitor = await FreshVisitor.ArriveAsync(fixture);
        var page = visitor.Page;
        await page.GotoAsync("/t/demo-city/");
        await page.EvalOnSelectorAsync(".culture-switch input[name=__RequestVerificationToken]", "e => e.remove()");

        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync(),
            r => r.Request.Method == "POST");
        Assert.Equal(400, answer.Status);
        var text = await page.Locator("main").InnerTextAsync();
        Assert.Contains("แบบฟอร์มหมดอายุ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("anti-forgery", await page.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("This form has expired", text, StringComparison.Ordinal); // one language
        await fixture.ScreenshotAsync(page, "e1-culture-switch-refused");
    }
}
