using System.Text.RegularExpressions;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using LocalGov.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Infrastructure;

/// <summary>Accounts for tests, made through the real UserManager, and the mail the host queued for them.</summary>
public static partial class People
{
    public const string Password = "correct-horse-42";

    public static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}@example.com";

    /// <summary>Creates a confirmed account; with <paramref name="authenticatorKey"/> set, two-factor sign-in is on.</summary>
    public static async Task<LocalGovUser> CreateAsync(LocalGovHost host, string email, UserKind kind, string[] roles,
        Guid? tenantId = null, string? provinceCode = null, bool twoFactor = false)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LocalGovUser>>();
        var user = new LocalGovUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test " + kind, Kind = kind,
            TenantId = tenantId, ProvinceCode = provinceCode, CreatedAt = host.Clock.GetUtcNow().UtcDateTime,
        };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        if (roles.Length > 0)
        {
            Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        }
        if (twoFactor)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        return user;
    }

    public static async Task<string> AuthenticatorKeyAsync(LocalGovHost host, Guid userId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LocalGovUser>>();
        return (await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(userId.ToString()))!))!;
    }

    /// <summary>A cookie-keeping client signed in through the real sign-in pages (and the two-factor step when on).</summary>
    public static async Task<FormClient> SignInAsync(LocalGovHost host, string email, string? authenticatorKey = null, string prefix = "")
    {
        var client = new FormClient(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var response = await client.SubmitAsync($"{prefix}/account/login", ("Input.Email", email), ("Input.Password", Password));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        if (response.Headers.Location!.OriginalString.Contains("/account/login-2fa", StringComparison.Ordinal))
        {
            Assert.NotNull(authenticatorKey);
            var second = await client.SubmitAsync(response.Headers.Location.OriginalString, ("code", Totp.Compute(authenticatorKey, host.Clock.GetUtcNow())));
            Assert.Equal(System.Net.HttpStatusCode.Redirect, second.StatusCode);
        }
        return client;
    }

    /// <summary>The newest queued message to <paramref name="to"/> and the first link in it.</summary>
    public static async Task<(OutboxEmail Mail, string Link)> LastMailAsync(LocalGovHost host, string to)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var mail = await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<OutboxEmail>().AsNoTracking()
            .Where(m => m.To == to).OrderByDescending(m => m.CreatedAt).FirstAsync();
        var link = Link().Match(mail.TextBody).Value;
        return (mail, link);
    }

    /// <summary>A link from mail as a path and query for the test client.</summary>
    public static string PathOf(string link) => new Uri(link).PathAndQuery;

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
