using LocalGov.Browser.Tests.Infrastructure;
using LocalGov.TestSupport;
using Microsoft.Playwright;
using static LocalGov.Browser.Tests.Infrastructure.Waits;

namespace LocalGov.Browser.Tests;

/// <summary>
/// The people-and-tenants journey in a real browser against the real host, with mail read from a real SMTP server:
/// a provincial admin onboards an LAO; its invited admin sets a password and two-factor sign-in and invites a
/// staff member; the staff member sees only the menus they may use; a resident registers, confirms by email, and
/// finds the same account on two LAOs.
/// </summary>
public sealed class OnboardingJourneyTests : IAsyncLifetime
{
    private const string DemoPassword = "LocalGov-2569";
    private readonly SmtpServer _smtp = new();
    private readonly BrowserFixture _browser = new();

    public async Task InitializeAsync()
    {
        await _smtp.StartAsync();
        await _browser.InitializeAsync(new Dictionary<string, string>
        {
            // outside Development, as a server runs (mail over SMTP, no pickup folder); not "Production", which
            // refuses a loopback Site:PublicUrl and marks every cookie Secure, so plain HTTP on 127.0.0.1 could not sign in
            ["ASPNETCORE_ENVIRONMENT"] = "Staging",
            ["Demo:Seed"] = "true",
            ["Demo:AllowOutsideDevelopment"] = "true",
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:PollSeconds"] = "1",
            ["Email:RetryBaseSeconds"] = "1",
            ["Email:PickupDirectory"] = "", // send over SMTP, not to files
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _smtp.Dispose();
    }

    [Fact]
    public async Task ProvincialAdminOnboardsAnLao_ItsAdminInvitesStaff_AndAResidentUsesOneAccountEverywhere()
    {
        var code = "journey-" + Guid.NewGuid().ToString("N")[..6];
        var laoAdmin = $"admin-{code}@example.com";
        var officer = $"officer-{code}@example.com";

        // 1. The provincial admin signs in and, being an admin, sets up two-factor sign-in first.
        var province = await _browser.NewPageAsync(1280, 900);
        await SignInAsync(province, "/account/login", "chiangmai@localgov.local", DemoPassword);
        await SetUpTwoFactorAsync(province);
        await province.WaitForAddressAsync("**/console");
        await _browser.ScreenshotAsync(province, "10-console");

        // 2. Onboards the LAO and invites its first admin.
        await province.GotoAsync("/console/laos/new");
        await province.FillAsync("#code", code);
        await province.FillAsync("#nameTh", "เทศบาลตำบลทดสอบเส้นทาง");
        await province.FillAsync("#nameEn", "Journey Subdistrict Municipality");
        await province.SelectOptionAsync("#kind", "SubdistrictMunicipality");
        await province.CheckAsync("input[name='Input.Modules'][value=Payments]");
        await province.FillAsync("#adminName", "สมศรี ผู้ดูแล");
        await province.FillAsync("#adminEmail", laoAdmin);
        await _browser.ScreenshotAsync(province, "11-onboarding-form");
        await province.Locator("form.form button[type=submit]").ClickAsync();
        await province.WaitForAddressAsync($"**/console/laos/{code}?created=true");
        Assert.True(await province.Locator("[data-created]").IsVisibleAsync());

        // 3. The invited admin follows the link from the mail, sets a password and two-factor sign-in.
        // the first mail of a fresh host waits behind the demo seed's queued mail; once (a fresh clone's ./test.sh, the
        // browser suite first on a cold machine) none had arrived within 30 s, so this first wait allows 90 s
        var invitation = await _smtp.WaitForAsync(laoAdmin, "คำเชิญ", TimeSpan.FromSeconds(90));
        Assert.Contains($"/t/{code}/account/invitation", invitation.FirstLink, StringComparison.Ordinal);
        var admin = await _browser.NewPageAsync();
        await admin.GotoAsync(invitation.FirstLink);
        await admin.FillAsync("#password", "a-long-admin-password");
        await admin.FillAsync("#confirm", "a-long-admin-password");
        await admin.Locator("form.form button[type=submit]").ClickAsync();
        await SetUpTwoFactorAsync(admin);
        await admin.WaitForAddressAsync($"**/t/{code}/staff");

        // 4. ... and invites a staff member as cashier.
        await admin.GotoAsync($"/t/{code}/admin/staff");
        await admin.FillAsync("#name", "สมปอง เจ้าหน้าที่");
        await admin.FillAsync("#email", officer);
        await admin.CheckAsync("input[name=roles][value=cashier]");
        await admin.Locator("form.form button[type=submit]").ClickAsync();
        await admin.Locator("[data-invited]").WaitForAsync();
        await _browser.ScreenshotAsync(admin, "12-lao-admin-staff");

        // 5. The staff member accepts and sees the enabled module's menu for their role, without the admin's menus.
        var staffMail = await _smtp.WaitForAsync(officer, "คำเชิญ");
        var staff = await _browser.NewPageAsync();
        await staff.GotoAsync(staffMail.FirstLink);
        await staff.FillAsync("#password", "a-long-staff-password");
        await staff.FillAsync("#confirm", "a-long-staff-password");
        await staff.Locator("form.form button[type=submit]").ClickAsync();
        await staff.WaitForAddressAsync($"**/t/{code}/staff");
        var menu = await staff.Locator("nav.site-nav [data-menu]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.menu)");
        Assert.Contains("staff-home", menu);
        Assert.Contains("cashier", menu); // Payments is on for this LAO and the cashier role may take payments
        Assert.DoesNotContain("reconcile", menu); // a revenue officer's item
        Assert.DoesNotContain("admin-staff", menu);
        Assert.DoesNotContain("admin-roles", menu);
        await _browser.ScreenshotAsync(staff, "13-staff-home");

        // 6. A resident registers on one LAO, confirms by email, and has the same account on another.
        var email = $"resident-{code}@example.com";
        var resident = await _browser.NewPageAsync();
        await resident.GotoAsync("/t/demo-city/account/register");
        await resident.FillAsync("#name", "มานี มีใจ");
        await resident.FillAsync("#email", email);
        await resident.FillAsync("#password", "a-long-resident-password");
        await resident.FillAsync("#confirm", "a-long-resident-password");
        await resident.CheckAsync("input[name='Input.AcceptPrivacy']");
        await resident.Locator("form.form button[type=submit]").ClickAsync();
        await resident.Locator("[data-registered]").WaitForAsync();
        var confirmation = await _smtp.WaitForAsync(email, "ยืนยันอีเมล");
        await resident.GotoAsync(confirmation.FirstLink);
        await resident.Locator("[data-confirmed]").WaitForAsync();
        await SignInAsync(resident, "/t/demo-city/account/login", email, "a-long-resident-password");
        await resident.WaitForAddressAsync("**/t/demo-city/");
        await resident.GotoAsync("/t/demo-city/account");
        Assert.Equal(email, await resident.Locator("[data-field=email]").InnerTextAsync());
        await resident.GotoAsync("/t/demo-town/account");
        Assert.Equal(email, await resident.Locator("[data-field=email]").InnerTextAsync());
        await _browser.ScreenshotAsync(resident, "14-resident-account-on-second-lao");
    }

    private static async Task SignInAsync(IPage page, string loginPath, string email, string password)
    {
        await page.GotoAsync(loginPath);
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.Locator("form.form button[type=submit]").ClickAsync();
    }

    /// <summary>Reads the key the page shows, computes the code an authenticator app would, turns two-factor on, continues.</summary>
    private async Task SetUpTwoFactorAsync(IPage page)
    {
        await page.WaitForAddressAsync("**/account/two-factor**");
        var key = await page.Locator("[data-authenticator-key]").InnerTextAsync();
        await _browser.ScreenshotAsync(page, "two-factor-setup");
        await page.FillAsync("#code", Totp.Compute(key, DateTimeOffset.UtcNow));
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await page.Locator("[data-two-factor=enabled]").WaitForAsync();
        await page.Locator("[data-two-factor=enabled] a").ClickAsync();
    }
}
