using System.Text.RegularExpressions;
using LocalGov.Browser.Tests.Infrastructure;
using LocalGov.TestSupport;
using Microsoft.Playwright;

namespace LocalGov.Browser.Tests;

/// <summary>A host configured with a real OpenID Connect provider (oidc-provider) standing in for ThaID.</summary>
public sealed class DigitalIdSite : IAsyncLifetime
{
    public static readonly string NationalId = LocalGov.Thai.ThaiNationalId.Generate(new Random(22_399));

    private readonly int _port = Ports.Free();

    public BrowserFixture Browser { get; } = new();

    public OidcProvider Provider { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Provider = new OidcProvider("localgov-browser", "browser-secret", [$"http://127.0.0.1:{_port}/signin-oidc-thaid"],
            new Dictionary<string, Dictionary<string, string>>
            {
                ["wilai"] = new() { ["pid"] = NationalId, ["given_name"] = "วิไล", ["family_name"] = "รักถิ่น" },
            });
        await Provider.StartAsync();
        await Browser.InitializeAsync(Provider.HostSettings("thaid", "ไทยดี (ThaID)", "ThaID"), _port);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Provider.Dispose();
    }
}

/// <summary>
/// Issue 22, item 3, through Chromium: a resident at an LAO's sign-in page presses the digital-ID button, signs in and
/// consents on the provider's own pages, gives an email, and is back in the LAO, signed in, with the verified national
/// ID shown masked on their account page.
/// </summary>
public sealed class DigitalIdBrowserTests(DigitalIdSite site) : IClassFixture<DigitalIdSite>
{
    [Fact]
    public async Task TheDigitalIdButton_SignsANewResidentIn_AndBringsThemBackToTheLao()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync("/t/demo-town/account/login");
        await page.Locator("button[data-provider=thaid]").ClickAsync();

        // the provider's own pages, on its own origin
        try
        {
            await page.WaitForURLAsync(new Regex($"^{Regex.Escape(site.Provider.Issuer)}/interaction/"));
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"Still at {page.Url}: {(await page.ContentAsync())[..Math.Min(2000, (await page.ContentAsync()).Length)]}\n{site.Provider.Log}", e);
        }
        await page.FillAsync("input[name=login]", "wilai");
        await page.FillAsync("input[name=password]", "any password");
        await page.Locator("button[type=submit]").ClickAsync();
        await page.Locator("button:has-text('Continue')").ClickAsync();

        // back here: the verified name and masked ID, an email to give
        await page.WaitForURLAsync("**/account/external/callback**");
        var masked = LocalGov.Thai.ThaiNationalId.Mask(DigitalIdSite.NationalId);
        Assert.Contains("วิไล รักถิ่น", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Contains(masked, await page.ContentAsync(), StringComparison.Ordinal);
        await site.Browser.ScreenshotAsync(page, "digital-id-new-account");
        await page.FillAsync("#email", "wilai@example.com");
        await page.Locator("input[name=AcceptPrivacy]").CheckAsync();
        await page.Locator("form[data-external-new] button[type=submit]").ClickAsync();

        await page.WaitForURLAsync($"{site.Browser.Host.BaseUrl}/t/demo-town/");
        await page.GotoAsync("/t/demo-town/account");
        var verified = page.Locator("[data-field=national-id]");
        Assert.Contains(masked, await verified.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(LocalGov.Thai.ThaiNationalId.Format(DigitalIdSite.NationalId), await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("[data-verified-id]").CountAsync());
        Assert.Equal(1, await page.Locator("[data-provider=thaid] [data-linked]").CountAsync());
        await site.Browser.ScreenshotAsync(page, "digital-id-account");
    }
}
