using LocalGov.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static LocalGov.Browser.Tests.Infrastructure.DemoSignIn;
using static LocalGov.Browser.Tests.Infrastructure.Waits;

namespace LocalGov.Browser.Tests;

/// <summary>
/// A resident reports a fallen tree with a photo and a pin on the map; the complaints officer takes it and
/// resolves it; the resident sees the resolution on the tracking page and rates it, which closes it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ComplaintBrowserTests(BrowserFixture fixture)
{
    private static readonly byte[] Jpeg = Convert.FromHexString("FFD8FFE000104A46494600010100000100010000FFDB00430001010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101FFC0000B080001000101011100FFC40014000100000000000000000000000000000000FFC40014100100000000000000000000000000000000FFDA0008010100003F003FFFD9"); // a whole 1 × 1 JPEG

    [Fact]
    public async Task Resident_FilesWithAPhotoAndAPin_OfficerResolves_ResidentRates()
    {
        var description = "กิ่งไม้ใหญ่หักขวางทางเท้า " + Guid.NewGuid().ToString("N")[..6];

        // 1. The resident files: category, a pin dropped by tapping the map, a photo.
        var resident = await fixture.NewPageAsync();
        await SignInAsync(resident, "resident@localgov.local", "**/t/demo-city/");
        await resident.GotoAsync("/t/demo-city/complaints/new");
        await resident.SelectOptionAsync("#category", "tree");
        var map = resident.Locator("[data-map-picker]");
        await map.Locator(".leaflet-container, .leaflet-pane").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await map.ClickAsync(new LocatorClickOptions { Position = new Position { X = 120, Y = 90 } });
        await resident.Locator("[data-map-picker][data-pinned=true]").WaitForAsync();
        var lat = double.Parse(await resident.InputValueAsync("#lat"), System.Globalization.CultureInfo.InvariantCulture);
        var lng = double.Parse(await resident.InputValueAsync("#lng"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(lat, 18.6, 19.0); // near the demo city's map centre, Chiang Mai
        Assert.InRange(lng, 98.8, 99.2);
        await resident.FillAsync("#description", description);
        await resident.FillAsync("#address", "ถนนช้างม่อย หน้าโรงเรียน");
        await resident.SetInputFilesAsync("#photos", new FilePayload { Name = "tree.jpg", MimeType = "image/jpeg", Buffer = Jpeg });
        await fixture.ScreenshotAsync(resident, "30-complaint-form");
        await resident.Locator("form[data-complaint-form] button[type=submit]").ClickAsync();
        await resident.WaitForAddressAsync("**/t/demo-city/complaints/track/CMP-*");
        var code = System.Text.RegularExpressions.Regex.Match(resident.Url, @"CMP-\d{4}-\d{6}").Value;
        await resident.Locator("[data-timeline]").WaitForAsync();
        Assert.Contains(description, await resident.Locator("[data-description]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await resident.Locator("[data-photo]").CountAsync());

        // 2. The officer takes it, and resolves it.
        var officer = await fixture.NewPageAsync(1024, 900);
        await SignInAsync(officer, "complaints-officer@demo-city.localgov.local", "**/t/demo-city/staff");
        await officer.Locator("nav.site-nav [data-menu=complaints-inbox]").ClickAsync();
        await officer.Locator($"[data-complaint='{code}'] a").ClickAsync();
        await officer.Locator("[data-action=take] button").ClickAsync();
        await officer.Locator("[data-action=resolve]").WaitForAsync();
        await officer.FillAsync("#resolve-note", "ตัดกิ่งไม้และเก็บเรียบร้อยแล้ว");
        await officer.SetInputFilesAsync("#after", new FilePayload { Name = "after.jpg", MimeType = "image/jpeg", Buffer = Jpeg });
        await officer.Locator("[data-action=resolve] button").ClickAsync();
        await officer.Locator("[data-status=Resolved]").WaitForAsync();
        await fixture.ScreenshotAsync(officer, "31-complaint-resolved-by-officer");

        // 3. The resident reads the resolution and rates it: the complaint closes.
        await resident.ReloadAsync();
        Assert.Equal("Resolved", await resident.Locator("[data-status]").GetAttributeAsync("data-status"));
        Assert.Contains("ตัดกิ่งไม้และเก็บเรียบร้อยแล้ว", await resident.Locator("[data-timeline]").InnerTextAsync(), StringComparison.Ordinal);
        await resident.Locator("[data-form=rate] input[name=rating][value='5']").CheckAsync();
        await resident.FillAsync("#comment", "รวดเร็วมาก ขอบคุณครับ");
        await resident.Locator("[data-form=rate] button[type=submit]").ClickAsync();
        await resident.Locator("[data-status=Closed]").WaitForAsync();
        Assert.Equal("5", await resident.Locator("[data-rating]").GetAttributeAsync("data-rating"));
        await fixture.ScreenshotAsync(resident, "32-complaint-rated");
    }
}
