using System.Text.RegularExpressions;
using LocalGov.Browser.Tests.Infrastructure;
using static LocalGov.Browser.Tests.Infrastructure.DemoSignIn;
using static LocalGov.Browser.Tests.Infrastructure.Waits;

namespace LocalGov.Browser.Tests;

/// <summary>
/// The demo resident opens My taxes, reads their land-and-building notice (the demo gives them an exempt main home and
/// a shop house taxed as "other" use), and pays: the cashier takes the bill at the counter by its number, and the
/// resident sees it paid on the notice.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TaxBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Resident_ReadsTheirAssessment_AndTheCashierTakesTheBill()
    {
        // 1. My taxes lists the resident's land-and-building assessment of this year.
        var resident = await fixture.NewPageAsync();
        await SignInAsync(resident, "resident@localgov.local", "**/t/demo-city/");
        await resident.GotoAsync("/t/demo-city/tax/my");
        var link = resident.Locator("a[href*='/tax/my/LBT-']").First;
        var number = AssessmentNumber().Match(await link.GetAttributeAsync("href") ?? "").Value;
        Assert.Matches(@"^LBT-\d{4}-\d{6}$", number);
        await fixture.ScreenshotAsync(resident, "50-tax-mine");

        // 2. The notice shows how the tax was reached: the main home and the shop house, and the bill to pay.
        await link.ClickAsync();
        await resident.WaitForAddressAsync($"**/t/demo-city/tax/my/{number}");
        var notice = await resident.ContentAsync();
        Assert.Contains(number, notice, StringComparison.Ordinal);
        Assert.Contains("DC-SH-0001", notice, StringComparison.Ordinal); // the shop house, "other" use
        Assert.Contains("DC-L-0001", notice, StringComparison.Ordinal);  // the main home's land, exempt
        var bill = BillNumber().Match(notice).Value;
        Assert.Matches(@"^BIL-\d{4}-\d{6}$", bill);
        await fixture.ScreenshotAsync(resident, "51-tax-notice");

        // 3. The cashier finds the bill by its number and takes the payment.
        var cashier = await fixture.NewPageAsync(1024, 900);
        await SignInAsync(cashier, "cashier@demo-city.localgov.local", "**/t/demo-city/staff");
        await cashier.GotoAsync($"/t/demo-city/cashier?q={bill}");
        await cashier.Locator("[data-bills] a").First.ClickAsync();
        await cashier.Locator("form.form button[type=submit]").ClickAsync();
        await cashier.WaitForAddressAsync("**/t/demo-city/receipts/RCP-*");

        // 4. The resident's notice now shows the bill paid.
        await resident.ReloadAsync();
        await resident.Locator($"[data-bill='{bill}'] [data-bill-status='Paid']").WaitForAsync();
        await fixture.ScreenshotAsync(resident, "52-tax-paid");
    }

    [GeneratedRegex(@"LBT-\d{4}-\d{6}")]
    private static partial Regex AssessmentNumber();

    [GeneratedRegex(@"BIL-\d{4}-\d{6}")]
    private static partial Regex BillNumber();
}
