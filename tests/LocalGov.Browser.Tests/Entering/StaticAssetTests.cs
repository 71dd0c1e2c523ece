using LocalGov.Browser.Tests.Infrastructure;

namespace LocalGov.Browser.Tests.Entering;

/// <summary>
/// Issue 21, item 2: scripts, styles and images resolve under an LAO's <c>/t/{code}</c> address — the live progress of
/// the tax assessment and waste billing runs, and the print buttons.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaticAssetTests(BrowserFixture fixture)
{
    [Fact]
    public async Task RunPages_UnderAnLaoAddress_LoadEveryScriptAndStyle()
    {
        await using var visitor = await FreshVisitor.ArriveAsync(fixture, width: 1280, height: 900);
        await DemoSignIn.SignInAsync(visitor.Page, "revenue-officer@demo-city.localgov.local", "**/t/demo-city/staff");
        foreach (var address in new[] { "/t/demo-city/staff/tax/assessment", "/t/demo-city/staff/waste/billing" })
        {
            var script = await visitor.Page.RunAndWaitForResponseAsync(
                () => visitor.Page.GotoAsync(address),
                r => r.Url.Contains("/js/run-progress.js", StringComparison.Ordinal));
            Assert.Equal(200, script.Status);
        }
        visitor.AssertEveryAssetLoaded();
    }

    [Fact]
    public async Task PrintListOfAssessmentLetters_UnderAnLaoAddress_OpensThePrintDialog()
    {
        const string address = "/t/demo-city/staff/tax/assessment/letters";
        await using var visitor = await FreshVisitor.ArriveAsync(fixture, width: 1280, height: 900);
        var page = visitor.Page;
        await page.AddInitScriptAsync("window.print = () => { window.__printed = true; };");
        await DemoSignIn.SignInAsync(page, "revenue-officer@demo-city.localgov.local", "**/t/demo-city/staff");
        await page.GotoAsync(address);
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.Load);
        await page.Locator("#print").ClickAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__printed === true"), $"The print button of {address} did nothing");
        visitor.AssertEveryAssetLoaded();
    }
}
