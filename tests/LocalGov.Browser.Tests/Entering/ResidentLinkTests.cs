using LocalGov.Browser.Tests.Infrastructure;

namespace LocalGov.Browser.Tests.Entering;

/// <summary>
/// Issue 21, items 3 and 7: a resident who comes by another address of the same site (localhost where the site's
/// configured address says 127.0.0.1, on the host's own port) follows links that stay on that address and inside
/// the LAO, signs in without leaving the LAO, and reads their account page on a phone without scrolling sideways.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ResidentLinkTests(BrowserFixture fixture)
{
    private const string Resident = "resident@localgov.local";

    [Fact]
    public async Task MyPages_ReachedByAnotherHostName_LinkOnlyToThatHostAndPort()
    {
        await using var visitor = await FreshVisitor.ArriveAsync(fixture, viaLocalhost: true);
        await DemoSignIn.SignInAsync(visitor.Page, Resident, "**/t/demo-city/");
        var wrong = new List<string>();
        foreach (var address in new[] { "/t/demo-city/my/complaints", "/t/demo-city/my/permits", "/t/demo-city/tax/my" })
        {
            await visitor.Page.GotoAsync(address);
            wrong.AddRange(await visitor.StrayLinksAsync(withinLaos: true));
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        Assert.True(await visitor.Page.Locator("a[href*='/tax/my/LBT-']").CountAsync() > 0, "My taxes lists no notice to follow");
        visitor.AssertEveryAssetLoaded();
    }

    [Fact]
    public async Task SigningIn_FromAnLaoPage_KeepsTheResidentInThatLao()
    {
        await using var visitor = await FreshVisitor.ArriveAsync(fixture);
        await visitor.SignInFromAsync("/t/demo-sao/my/bills", Resident, "/t/demo-sao");
        await visitor.AssertLinksStayAsync(withinLaos: true);
    }

    [Fact]
    public async Task BillsNoticesAndReceipts_LinkInsideTheLao()
    {
        await using var visitor = await FreshVisitor.ArriveAsync(fixture);
        await DemoSignIn.SignInAsync(visitor.Page, Resident, "**/t/demo-city/");
        await visitor.Page.GotoAsync("/t/demo-city/tax/my");
        await visitor.AssertLinksStayAsync(withinLaos: true);
        Assert.True(await visitor.Page.Locator("a[href='/t/demo-city/my/bills']").CountAsync() > 0, "My taxes has no link to My bills in the LAO");

        await visitor.Page.Locator("a[href*='/tax/my/LBT-']").First.ClickAsync();
        await visitor.Page.WaitForAddressAsync(visitor.Origin + "/t/demo-city/tax/my/LBT-*");
        await visitor.AssertLinksStayAsync(withinLaos: true);

        await visitor.Page.GotoAsync("/t/demo-city/my/bills");
        await visitor.AssertLinksStayAsync(withinLaos: true);
        visitor.AssertEveryAssetLoaded();
    }

    [Theory]
    [InlineData(375, "th")]
    [InlineData(414, "en")]
    public async Task AccountPage_OfAResidentWithALongEmail_OnAPhone_DoesNotScrollSideways(int width, string language)
    {
        // a real address with no place to break, as people have them; registered, confirmed and signed in as they would
        var email = $"phongsathorn.wongsawatthanakul.{Guid.NewGuid():N}"[..48] + "@hotmail.example";
        await using var visitor = await FreshVisitor.ArriveAsync(fixture, width: width, height: 740);
        var page = visitor.Page;
        await page.GotoAsync("/t/demo-city/account/register");
        await page.FillAsync("#name", "พงศธร วงศ์สวัสดิ์ธนากุล");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", DemoSignIn.Password);
        await page.FillAsync("#confirm", DemoSignIn.Password);
        await page.Locator("input[name='Input.AcceptPrivacy']").CheckAsync();
        await page.Locator("form.form button[type=submit]").ClickAsync();
        var mail = await PickupMail.WaitForAsync(fixture.Host, email, "/account/confirm-email");
        await page.GotoAsync(mail.FirstLink);
        await DemoSignIn.SignInAsync(page, email, "**/t/demo-city/");

        await page.GotoAsync($"/t/demo-city/account?culture={(language == "en" ? "en-US" : "th-TH")}");
        Assert.Equal(email, await page.Locator("[data-field=email]").InnerTextAsync());
        await fixture.ScreenshotAsync(page, $"e7-account-long-email-{width}-{language}");
        var overflow = await page.EvaluateAsync<string>(
            """
            () => {
              const width = document.documentElement.clientWidth;
              const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1)
                .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right));
              return document.documentElement.scrollWidth > width ? `page ${document.documentElement.scrollWidth} > ${width}: ${wide.join(', ')}` : '';
            }
            """);
        Assert.True(overflow.Length == 0, overflow);
        visitor.AssertEveryAssetLoaded();
    }
}
