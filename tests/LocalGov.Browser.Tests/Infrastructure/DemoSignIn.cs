using Microsoft.Playwright;

namespace LocalGov.Browser.Tests.Infrastructure;

/// <summary>Signing in as one of demo-city's accounts (all share the demo password) and waiting for the landing page.</summary>
internal static class DemoSignIn
{
    public const string Password = "LocalGov-2569";

    public static async Task SignInAsync(IPage page, string email, string landing)
    {
        await page.GotoAsync("/t/demo-city/account/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await page.WaitForAddressAsync(landing);
    }
}
