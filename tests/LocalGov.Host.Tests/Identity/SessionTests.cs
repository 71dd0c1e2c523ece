using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Platform.Authorization;
using LocalGov.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Identity;

/// <summary>
/// Sessions end when they should: a copy of the real sign-in cookie is refused on its very next request after
/// sign-out, a password reset, deactivation or losing a role; and an authenticator code works only once.
/// </summary>
public abstract class SessionTests(LocalGovHost host)
{
    private FormClient NewClient() => new(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    /// <summary>Signs in through the real page and keeps a copy of the cookie it set, as an attacker would.</summary>
    private async Task<(FormClient Client, string Cookie)> SignInAsync(string email)
    {
        var client = NewClient();
        var response = await client.SubmitAsync("/account/login", ("Input.Email", email), ("Input.Password", People.Password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookies = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])
            .Where(c => c.StartsWith(".LocalGov.Auth", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cookies);
        return (client, string.Join("; ", cookies));
    }

    private async Task<HttpStatusCode> ReplayAsync(string cookie, string url)
    {
        using var copy = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await copy.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<LocalGovUser> StaffAsync(string email, params string[] roles) =>
        await People.CreateAsync(host, email, UserKind.Staff, roles, host.Alpha.Id);

    [Fact]
    public async Task SignOut_ThenACopyOfTheOldCookie_IsRefused()
    {
        var email = People.NewEmail("signout");
        await People.CreateAsync(host, email, UserKind.Resident, []);
        var (client, cookie) = await SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(cookie, "/t/alpha/my/bills"));

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/t/alpha/account/logout")).StatusCode);

        Assert.NotEqual(HttpStatusCode.OK, await ReplayAsync(cookie, "/t/alpha/my/bills"));
        var (_, fresh) = await SignInAsync(email); // signing in again starts a session that works
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(fresh, "/t/alpha/my/bills"));
    }

    [Fact]
    public async Task PasswordReset_EndsExistingSessions()
    {
        var email = People.NewEmail("reset");
        await People.CreateAsync(host, email, UserKind.Resident, []);
        var (_, cookie) = await SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(cookie, "/t/alpha/my/bills"));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LocalGovUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            Assert.True((await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), "another-horse-43")).Succeeded);
        }

        Assert.NotEqual(HttpStatusCode.OK, await ReplayAsync(cookie, "/t/alpha/my/bills"));
    }

    [Fact]
    public async Task Deactivation_EndsTheStaffMembersSessions()
    {
        var email = People.NewEmail("deactivated");
        var user = await StaffAsync(email, RoleTemplates.ComplaintsOfficer);
        var (_, cookie) = await SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(cookie, "/t/alpha/staff"));

        await host.InTenantAsync(host.Alpha, s => s.GetRequiredService<IStaffDirectory>().DeactivateAsync(host.Alpha.Id, user.Id));

        Assert.NotEqual(HttpStatusCode.OK, await ReplayAsync(cookie, "/t/alpha/staff"));
    }

    [Fact]
    public async Task RemovingARole_EndsTheStaffMembersSessions()
    {
        var email = People.NewEmail("demoted");
        var user = await StaffAsync(email, RoleTemplates.ComplaintsOfficer, RoleTemplates.RevenueOfficer);
        var (_, cookie) = await SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(cookie, "/t/alpha/staff"));

        await host.InTenantAsync(host.Alpha, s => s.GetRequiredService<IStaffDirectory>()
            .SetRolesAsync(host.Alpha.Id, user.Id, [RoleTemplates.ComplaintsOfficer]));

        Assert.NotEqual(HttpStatusCode.OK, await ReplayAsync(cookie, "/t/alpha/staff"));
    }

    [Fact]
    public async Task AuthenticatorCode_IsAcceptedOnlyOnce()
    {
        var email = People.NewEmail("totp");
        var user = await People.CreateAsync(host, email, UserKind.Resident, [], twoFactor: true);
        var key = await People.AuthenticatorKeyAsync(host, user.Id);
        var now = host.Clock.GetUtcNow();
        var code = Totp.Compute(key, now);

        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync(NewClient(), email, code)).Response.StatusCode);

        var replay = NewClient();
        var (refused, step) = await SecondStepAsync(replay, email, code);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode); // the page again, with its error
        Assert.Contains("รหัสไม่ถูกต้อง", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // the app's next code still works
        var next = await replay.SubmitAsync(step, ("code", Totp.Compute(key, now.AddSeconds(30))));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
    }

    private static async Task<(HttpResponseMessage Response, string Step)> SecondStepAsync(FormClient client, string email, string code)
    {
        var first = await client.SubmitAsync("/account/login", ("Input.Email", email), ("Input.Password", People.Password));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var step = first.Headers.Location!.OriginalString;
        Assert.Contains("/account/login-2fa", step, StringComparison.Ordinal);
        return (await client.SubmitAsync(step, ("code", code)), step);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSessionTests(SqliteHost host) : SessionTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSessionTests(PostgresHost host) : SessionTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlSessionTests(MySqlHost host) : SessionTests(host);
