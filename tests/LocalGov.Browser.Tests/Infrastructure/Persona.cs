using System.Collections.Concurrent;
using LocalGov.TestSupport;
using Microsoft.Playwright;

namespace LocalGov.Browser.Tests.Infrastructure;

/// <summary>
/// Someone who uses the site: anonymous, the demo resident, each staff role of demo-city, the provincial admin. Signs
/// in on the LAO's own sign-in page as a person would, and sets up or answers two-factor sign-in where the account
/// needs it (admins). The authenticator keys are kept for the host's lifetime, so a second sign-in answers the code.
/// </summary>
public sealed record Persona(string Name, string? Email, string Landing)
{
    private static readonly ConcurrentDictionary<string, string> AuthenticatorKeys = new(StringComparer.OrdinalIgnoreCase);

    public static Persona Anonymous { get; } = new("anonymous", null, "/t/demo-city/");
    public static Persona Resident { get; } = new("resident", "resident@localgov.local", "/t/demo-city/");
    public static Persona ProvincialAdmin { get; } = new("provincial-admin", "chiangmai@localgov.local", "/console");

    /// <summary>A staff role of demo-city (<c>RoleTemplates.TenantRoles</c>), as the demo seeder names its account.</summary>
    public static Persona Staff(string role) => new(role, $"{role}@demo-city.localgov.local", "/t/demo-city/staff");

    public static IReadOnlyList<string> StaffRoles { get; } = ["tenant-admin", "complaints-officer", "revenue-officer", "building-officer", "cashier"];

    public static Persona Named(string name) => name switch
    {
        "anonymous" => Anonymous,
        "resident" => Resident,
        "provincial-admin" => ProvincialAdmin,
        _ => StaffRoles.Contains(name) ? Staff(name) : throw new ArgumentOutOfRangeException(nameof(name), name, "no such demo persona"),
    };

    /// <summary>Signs in on demo-city's sign-in page (nothing for the anonymous persona) and waits to be past two-factor sign-in.</summary>
    public async Task SignInAsync(IPage page)
    {
        if (Email is null)
        {
            return;
        }
        await page.GotoAsync("/t/demo-city/account/login");
        await page.FillAsync("#email", Email);
        await page.FillAsync("#password", DemoSignIn.Password);
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login$"), new() { Timeout = 30_000 });
        var path = new Uri(page.Url).AbsolutePath;
        if (path.EndsWith("/account/two-factor", StringComparison.Ordinal))
        {
            var key = await page.Locator("[data-authenticator-key]").InnerTextAsync();
            AuthenticatorKeys[Email] = key;
            await page.FillAsync("#code", Totp.Compute(key, DateTimeOffset.UtcNow));
            await page.PressAsync("#code", "Enter");
            await page.Locator("[data-two-factor=enabled]").WaitForAsync();
        }
        else if (path.EndsWith("/account/login-2fa", StringComparison.Ordinal))
        {
            Assert.True(AuthenticatorKeys.TryGetValue(Email, out var key), $"{Email} has two-factor sign-in set up outside this test run");
            await page.FillAsync("#code", Totp.Compute(key!, DateTimeOffset.UtcNow));
            await page.PressAsync("#code", "Enter");
            await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login-2fa"), new() { Timeout = 30_000 });
        }
    }

    public override string ToString() => Name;
}
