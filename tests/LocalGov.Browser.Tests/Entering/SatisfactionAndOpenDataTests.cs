using LocalGov.Browser.Tests.Infrastructure;

namespace LocalGov.Browser.Tests.Entering;

/// <summary>
/// Issue 22 on a phone, for a person arriving from outside at the LAO's own address: a resident rates a completed
/// service from their pending list and is thanked; anyone opens the open-data page and downloads one dataset's CSV.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SatisfactionAndOpenDataTests(BrowserFixture fixture)
{
    private const string Resident = "resident@localgov.local";

    [Fact]
    public async Task Resident_OnAPhone_RatesACompletedService_AndIsThanked()
    {
        await using var visitor = await FreshVisitor.ArriveAsync(fixture);
        var page = visitor.Page;
        await page.GotoAsync("/t/demo-city/");
        await DemoSignIn.SignInAsync(page, Resident, "**/t/demo-city/");

        // the demo's permits completed for this resident wait on the LAO's home, each a link to its survey
        var pending = page.Locator("[data-pending-surveys] a[data-pending]");
        Assert.True(await pending.CountAsync() > 0, "the demo resident has no survey waiting on demo-city's home");
        Assert.Contains("บริการที่รอให้คะแนน", await page.Locator("[data-pending-surveys] h2").InnerTextAsync(), StringComparison.Ordinal);
        var caseNumber = await pending.First.GetAttributeAsync("data-pending");
        await pending.First.ClickAsync();
        await page.WaitForAddressAsync("**/t/demo-city/satisfaction/mine/*");
        Assert.Equal(caseNumber, await page.Locator("[data-case]").InnerTextAsync());
        Assert.Contains("ท่านพึงพอใจบริการนี้เพียงใด", await page.Locator("form[data-form=satisfaction] legend").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("form[data-form=satisfaction] label", new() { HasText = "ดีมาก" }).ClickAsync();
        await page.FillAsync("#comment", "เจ้าหน้าที่ให้คำแนะนำชัดเจน");
        await page.Locator("form[data-form=satisfaction] button[type=submit]").ClickAsync();
        await page.WaitForAddressAsync("**/t/demo-city/satisfaction/mine/*?thanks=true");
        var thanks = page.Locator("[data-answered='5']");
        Assert.Contains("ขอบคุณสำหรับคะแนน", await thanks.InnerTextAsync(), StringComparison.Ordinal);
        await fixture.ScreenshotAsync(page, "s22-satisfaction-thanks-375");

        // answered: no longer waiting on the home
        await page.GotoAsync("/t/demo-city/");
        Assert.Equal(0, await page.Locator($"a[data-pending='{caseNumber}']").CountAsync());
        await visitor.AssertLinksStayAsync(withinLaos: true);
        visitor.AssertEveryAssetLoaded();
    }

    [Fact]
    public async Task Anyone_OnAPhone_OpensTheOpenDataPage_AndOneDatasetsCsv()
    {
        await using var visitor = await FreshVisitor.ArriveAsync(fixture);
        var page = visitor.Page;
        await page.GotoAsync("/t/demo-city/");
        await page.GotoAsync("/t/demo-city/open-data");
        Assert.Contains("ข้อมูลเปิด", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        var csv = page.Locator("a[href$='demo-city-complaint-statistics.csv']").First;
        Assert.True(await csv.CountAsync() > 0, "demo-city's complaint statistics has no CSV link on /open-data");
        await fixture.ScreenshotAsync(page, "s22-open-data-375");

        var response = await page.Context.APIRequest.GetAsync((await csv.GetAttributeAsync("href"))!);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/csv", response.Headers["content-type"], StringComparison.Ordinal);
        var body = await response.BodyAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], body[..3]); // UTF-8 with a BOM, so Excel shows Thai
        var text = System.Text.Encoding.UTF8.GetString(body, 3, body.Length - 3);
        Assert.StartsWith("lao_code,province_code,", text, StringComparison.Ordinal);
        Assert.Contains("demo-city,", text, StringComparison.Ordinal);
        Assert.Contains(",ทุกประเภท,", text, StringComparison.Ordinal); // the categories' Thai names, readable
        visitor.AssertEveryAssetLoaded();
    }
}
