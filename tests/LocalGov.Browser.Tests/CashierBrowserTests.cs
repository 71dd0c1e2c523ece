using LocalGov.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static LocalGov.Browser.Tests.Infrastructure.Waits;

namespace LocalGov.Browser.Tests;

/// <summary>A cashier at the counter: finds the bill, takes the money, prints the receipt.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CashierBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Cashier_TakesAPayment_AndPrintsTheReceipt()
    {
        var page = await fixture.NewPageAsync(1024, 900);
        await DemoSignIn.SignInAsync(page, "cashier@demo-city.localgov.local", "**/t/demo-city/staff");

        await page.Locator("nav.site-nav [data-menu=cashier]").ClickAsync();
        await page.FillAsync("#q", "DEMO0001");
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await page.Locator("[data-bills] a").First.ClickAsync();
        Assert.Equal("150.00", await page.Locator("[data-due-total]").InnerTextAsync());
        Assert.True(await page.Locator("figure.qr img").IsVisibleAsync()); // the LAO's PromptPay code for this bill
        await fixture.ScreenshotAsync(page, "20-cashier-bill");

        await page.Locator("form.form button[type=submit]").ClickAsync();
        await page.WaitForAddressAsync("**/t/demo-city/receipts/RCP-*");
        Assert.Equal("150.00", await page.Locator("[data-receipt-total]").InnerTextAsync());
        Assert.Equal("(หนึ่งร้อยห้าสิบบาทถ้วน)", await page.Locator("[data-receipt-words]").InnerTextAsync());
        Assert.Matches(@"พ\.ศ\. 25\d\d", await page.Locator(".receipt header").InnerTextAsync());
        await fixture.ScreenshotAsync(page, "21-receipt");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A5", Path = Path.Combine(fixture.ScreenshotDirectory, "21-receipt.pdf") });
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.False(await page.Locator("#print").IsVisibleAsync()); // the print button does not print
    }
}
