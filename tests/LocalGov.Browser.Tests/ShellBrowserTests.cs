using LocalGov.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static LocalGov.Browser.Tests.Infrastructure.Waits;

namespace LocalGov.Browser.Tests;

/// <summary>A resident's first visit: find the LAO, read its page in Thai, switch to English, hit a wrong address.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ShellBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Resident_FindsTheirLao_ReadsItInThai_AndSwitchesToEnglish()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await fixture.ScreenshotAsync(page, "01-landing-th");
        Assert.Equal("th", await page.GetAttributeAsync("html", "lang"));

        await page.GetByRole(AriaRole.Link, new() { Name = "เทศบาลนครเดโม" }).ClickAsync();
        await page.WaitForAddressAsync("**/t/demo-city/");
        Assert.Equal("เทศบาลนครเดโม", await page.Locator("h1").InnerTextAsync());
        Assert.Matches(@"พ\.ศ\. 25\d\d", await page.Locator(".today").InnerTextAsync());
        await fixture.ScreenshotAsync(page, "02-tenant-home-th");

        // the switch posts and comes back to the same address: wait for the page in the new language, not the URL
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.Locator("html[lang=en]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.EndsWith("/t/demo-city/", page.Url, StringComparison.Ordinal);
        Assert.Equal("Demo City Municipality", await page.Locator("h1").InnerTextAsync());
        await fixture.ScreenshotAsync(page, "03-tenant-home-en");

        await page.GetByRole(AriaRole.Button, new() { Name = "ภาษาไทย" }).ClickAsync();
        await page.Locator("html[lang=th]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    [Fact]
    public async Task WrongAddress_ShowsAPageThatSaysWhatToDo()
    {
        var page = await fixture.NewPageAsync();
        var response = await page.GotoAsync("/t/no-such-lao/");
        Assert.Equal(404, response!.Status);
        Assert.Contains("ตรวจสอบที่อยู่เว็บ", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await fixture.ScreenshotAsync(page, "04-unknown-lao");
    }

    [Fact]
    public async Task Keyboard_FirstTabReachesTheSkipLink()
    {
        var page = await fixture.NewPageAsync(1280, 800);
        await page.GotoAsync("/t/demo-town/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
    }
}
