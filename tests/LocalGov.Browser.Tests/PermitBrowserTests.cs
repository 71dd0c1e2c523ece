using System.Text.RegularExpressions;
using LocalGov.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static LocalGov.Browser.Tests.Infrastructure.DemoSignIn;
using static LocalGov.Browser.Tests.Infrastructure.Waits;

namespace LocalGov.Browser.Tests;

/// <summary>
/// A resident notifies a small food shop (200 m² or less) online with a copy of their ID; the building officer
/// certifies it; the cashier takes the fee; the permit is issued on payment and the resident prints the certificate,
/// whose QR link shows anyone that it is valid — with the shop's name and address, never the owner's.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PermitBrowserTests(BrowserFixture fixture)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task Resident_NotifiesAFoodShop_IsCertifiedAndPays_ThenPrintsTheCertificate()
    {
        var shop = "ร้านก๋วยเตี๋ยวเรือป้าแดง " + Guid.NewGuid().ToString("N")[..6];

        // 1. The resident finds the notification in the catalogue and files it with a copy of their ID.
        var resident = await fixture.NewPageAsync();
        await SignInAsync(resident, "resident@localgov.local", "**/t/demo-city/");
        await resident.GotoAsync("/t/demo-city/permits");
        await resident.Locator("a.button[href$='/permits/food-notice/apply']").ClickAsync();
        await resident.WaitForAddressAsync("**/t/demo-city/permits/food-notice/apply");
        await resident.FillAsync("#f-applicant_name", "แดง ใจงาม");
        await resident.FillAsync("#f-applicant_id", "1-1120-34563-56-2");
        await resident.FillAsync("#f-phone", "0812345678");
        await resident.FillAsync("#f-business_name", shop);
        await resident.FillAsync("#f-premises_address", "45 หมู่ 2 ถนนช้างคลาน ตำบลช้างคลาน");
        await resident.FillAsync("#f-area", "45");
        await resident.FillAsync("#f-answers-food", "ก๋วยเตี๋ยวเรือ");
        await resident.SetInputFilesAsync("#f-documents-id-copy", new FilePayload { Name = "id-card.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await fixture.ScreenshotAsync(resident, "40-permit-apply");
        await resident.Locator("form.permit-form button[type=submit]").ClickAsync();
        await resident.WaitForAddressAsync("**/t/demo-city/permits/applications/PMA-*");
        var number = await resident.Locator("[data-application-number]").InnerTextAsync();
        Assert.Matches(@"^PMA-\d{4}-\d{6}$", number);
        var due = DateOnly.Parse(await resident.Locator("[data-due-on]").GetAttributeAsync("data-due-on") ?? "", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(7, due.DayNumber - DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).DayNumber); // certified within 7 days
        await fixture.ScreenshotAsync(resident, "41-permit-received");

        // 2. The building officer opens the case from the queue and certifies it: the fee is billed.
        var officer = await fixture.NewPageAsync(1024, 900);
        await SignInAsync(officer, "building-officer@demo-city.localgov.local", "**/t/demo-city/staff");
        await officer.GotoAsync($"/t/demo-city/staff/permits?q={number}");
        await officer.Locator($"a[href$='/staff/permits/{number}']").First.ClickAsync();
        await officer.WaitForAddressAsync($"**/t/demo-city/staff/permits/{number}");
        await officer.Locator("[data-action=approve] button[type=submit]").ClickAsync();
        await officer.Locator("[data-bill]").WaitForAsync();
        var bill = await officer.Locator("[data-bill]").GetAttributeAsync("data-bill");
        Assert.False(string.IsNullOrEmpty(bill));
        await fixture.ScreenshotAsync(officer, "42-permit-case-approved");

        // 3. The resident sees the fee; the cashier takes it at the counter.
        await resident.ReloadAsync();
        Assert.Equal("100.00", await resident.Locator("[data-amount-due]").InnerTextAsync());
        var cashier = await fixture.NewPageAsync(1024, 900);
        await SignInAsync(cashier, "cashier@demo-city.localgov.local", "**/t/demo-city/staff");
        await cashier.GotoAsync($"/t/demo-city/cashier?q={bill}");
        await cashier.Locator("[data-bills] a").First.ClickAsync();
        await cashier.Locator("form.form button[type=submit]").ClickAsync();
        await cashier.WaitForAddressAsync("**/t/demo-city/receipts/RCP-*");

        // 4. Paid: the permit is issued, and the resident opens and prints the certificate.
        await resident.ReloadAsync();
        await resident.Locator("[data-bill-paid]").WaitForAsync();
        var permitNumber = await resident.Locator("[data-permit]").GetAttributeAsync("data-permit");
        Assert.StartsWith("PMT-", permitNumber, StringComparison.Ordinal);
        await resident.Locator("[data-permit] a.button").ClickAsync();
        await resident.WaitForAddressAsync($"**/t/demo-city/permits/certificate/{permitNumber}");
        Assert.Equal(shop, await resident.Locator("[data-business]").InnerTextAsync());
        Assert.True(await resident.Locator(".permit-certificate-verify img").IsVisibleAsync()); // the QR code
        var verifyUrl = await resident.Locator("[data-verify-url]").InnerTextAsync();
        await fixture.ScreenshotAsync(resident, "43-permit-certificate");
        await resident.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var pdf = await resident.PdfAsync(new PagePdfOptions { Format = "A4", Path = Path.Combine(fixture.ScreenshotDirectory, "43-permit-certificate.pdf") });
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.False(await resident.Locator("nav.site-nav").IsVisibleAsync()); // only the certificate is printed

        // 5. Anyone who scans the QR code sees the permit is valid: the shop and its address, not the owner.
        var code = VerifyCode().Match(verifyUrl).Groups[1].Value;
        var visitor = await fixture.NewPageAsync(390, 800);
        await visitor.GotoAsync($"/t/demo-city/permits/verify/{code}");
        Assert.Equal("Valid", await visitor.Locator("[data-verified-status]").GetAttributeAsync("data-verified-status"));
        Assert.Equal(shop, await visitor.Locator("[data-business]").InnerTextAsync());
        Assert.DoesNotContain("แดง ใจงาม", await visitor.ContentAsync(), StringComparison.Ordinal);
        await fixture.ScreenshotAsync(visitor, "44-permit-verified");
    }

    [GeneratedRegex("/permits/verify/([0-9a-f]+)")]
    private static partial Regex VerifyCode();
}
