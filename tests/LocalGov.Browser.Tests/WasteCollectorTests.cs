using System.Text.RegularExpressions;
using LocalGov.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static LocalGov.Browser.Tests.Infrastructure.Waits;

namespace LocalGov.Browser.Tests;

/// <summary>A collector on a 360-pixel phone: picks a route, finds a house that owes, takes cash, reads out the receipt number.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class WasteCollectorTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Collector_TakesCashAtTheDoor_AndTheResidentSeesTheMonthPaid()
    {
        var page = await fixture.NewPageAsync(360, 740);
        await DemoSignIn.SignInAsync(page, "cashier@demo-city.localgov.local", "**/t/demo-city/staff");

        await page.GotoAsync("/t/demo-city/staff/waste/collect");
        Assert.Equal(3, await page.Locator("[data-routes] [data-route]").CountAsync()); // the demo's three routes
        await AssertFitsAsync(page);
        await fixture.ScreenshotAsync(page, "40-waste-routes");

        await page.Locator("[data-route=R1]").ClickAsync();
        await page.WaitForAddressAsync("**/staff/waste/collect/R1");
        var all = await page.Locator("[data-points] li").CountAsync();
        await page.FillAsync("#q", "กาแฟ"); // the filter narrows the list as the collector types
        await page.Locator("[data-points] li:visible").First.WaitForAsync();
        Assert.True(await page.Locator("[data-points] li:visible").CountAsync() < all);
        await page.FillAsync("#q", "");
        await AssertFitsAsync(page);
        await fixture.ScreenshotAsync(page, "41-waste-route");

        var owing = page.Locator("[data-points] a[data-owing=true]").First;
        var account = await owing.GetAttributeAsync("data-point");
        await owing.ClickAsync();
        await page.WaitForAddressAsync("**/staff/waste/collect/point/*");
        var bill = page.Locator("section.waste-bill").First;
        var billNumber = await bill.GetAttributeAsync("data-bill");
        var claimCode = await page.Locator("[data-claim-code]").InnerTextAsync(); // the collector tells the payer their code
        var due = await bill.Locator("[data-due]").InnerTextAsync();
        Assert.Equal(due.Replace(",", "", StringComparison.Ordinal), await bill.Locator("input[name=amount]").InputValueAsync());
        await AssertFitsAsync(page);
        await fixture.ScreenshotAsync(page, "42-waste-point");

        await bill.Locator("[data-record-cash]").ClickAsync();
        var receipt = await page.Locator("[data-receipt-number]").InnerTextAsync();
        Assert.Matches(ReceiptNumber(), receipt);
        Assert.True(await page.Locator("[data-receipt-link]").IsVisibleAsync()); // the cashier may print it
        Assert.Equal(0, await page.Locator($"section.waste-bill[data-bill='{billNumber}']").CountAsync());
        await AssertFitsAsync(page);
        await fixture.ScreenshotAsync(page, "43-waste-cash-taken");

        // the household looks its fees up without signing in: the month just paid is listed as paid
        var resident = await fixture.NewPageAsync(360, 740);
        await resident.GotoAsync("/t/demo-city/waste");
        await resident.FillAsync("#account-no", account!);
        await resident.FillAsync("#claim-code", claimCode.Trim());
        await resident.Locator("form.form button[type=submit]").ClickAsync();
        await resident.Locator("[data-paid]").WaitForAsync();
        Assert.DoesNotContain(billNumber!, await resident.Locator("[data-point]").InnerTextAsync(), StringComparison.Ordinal);
        await AssertFitsAsync(resident);
        await fixture.ScreenshotAsync(resident, "44-waste-resident");
    }

    /// <summary>Nothing wider than the phone: no sideways scrolling.</summary>
    private static async Task AssertFitsAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"{page.Url} is wider than the screen");

    [GeneratedRegex(@"^RCP-\d{4}-\d{6}$")]
    private static partial Regex ReceiptNumber();
}
