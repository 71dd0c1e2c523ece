using System.Diagnostics;
using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.SignIn;
using LocalGov.Identity.Users;
using LocalGov.Platform.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Identity;

/// <summary>
/// Sign-in tells an outsider nothing about which accounts exist (same answer, similar time, "locked" only for the
/// right password), and wrong passwords throttle the address they come from before they can lock the account.
/// </summary>
public abstract class SignInEnumerationTests(LocalGovHost host)
{
    private const string Wrong = "อีเมลหรือรหัสผ่านไม่ถูกต้อง";

    private FormClient From(string address)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAddress.Header, address);
        return new FormClient(client);
    }

    private static Task<HttpResponseMessage> SignInAsync(FormClient client, string email, string password) =>
        client.SubmitAsync("/account/login", ("Input.Email", email), ("Input.Password", password));

    [Fact]
    public async Task WrongPasswords_FromOneAddress_ThrottleThatAddress_NeverLockTheStaffAccount()
    {
        var email = People.NewEmail("victim");
        await People.CreateAsync(host, email, UserKind.Staff, [RoleTemplates.Cashier], host.Alpha.Id);
        var attacker = From(TestAddress.Unique());
        for (var i = 0; i < SignInThrottle.FailuresPerAddress; i++)
        {
            Assert.Contains(Wrong, await (await SignInAsync(attacker, email, "wrong-password-" + i)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var throttled = await (await SignInAsync(attacker, email, People.Password)).Content.ReadAsStringAsync();
        Assert.Contains("รอ 15 นาที", throttled, StringComparison.Ordinal);
        var unknownToo = await (await SignInAsync(attacker, People.NewEmail("nobody"), "whatever-password")).Content.ReadAsStringAsync();
        Assert.Contains("รอ 15 นาที", unknownToo, StringComparison.Ordinal); // the same for any account

        var staff = await SignInAsync(From(TestAddress.Unique()), email, People.Password);
        Assert.Equal(HttpStatusCode.Redirect, staff.StatusCode); // the staff member, elsewhere, still signs in
    }

    [Fact]
    public async Task LockedAccount_WithAWrongPassword_AnswersAsAnUnknownOne_LockedOnlyForTheRightPassword()
    {
        var email = People.NewEmail("locked");
        var user = await People.CreateAsync(host, email, UserKind.Resident, []);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LocalGovUser>>();
            Assert.True((await users.SetLockoutEndDateAsync((await users.FindByIdAsync(user.Id.ToString()))!, DateTimeOffset.MaxValue)).Succeeded);
        }

        var locked = await (await SignInAsync(From(TestAddress.Unique()), email, "wrong-password-1")).Content.ReadAsStringAsync();
        var unknown = await (await SignInAsync(From(TestAddress.Unique()), People.NewEmail("nobody"), "wrong-password-1")).Content.ReadAsStringAsync();
        Assert.Contains(Wrong, locked, StringComparison.Ordinal);
        Assert.DoesNotContain("ล็อก", locked, StringComparison.Ordinal);
        Assert.Contains(Wrong, unknown, StringComparison.Ordinal);

        var owner = await (await SignInAsync(From(TestAddress.Unique()), email, People.Password)).Content.ReadAsStringAsync();
        Assert.Contains("ล็อก", owner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAccount_TakesAboutAsLongAsAWrongPasswordForARealOne()
    {
        var email = People.NewEmail("timed");
        await People.CreateAsync(host, email, UserKind.Resident, []);
        var existing = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 4; i++) // each from its own address, under the throttle
        {
            existing.Add(await TimeAsync(From(TestAddress.Unique()), email));
            unknown.Add(await TimeAsync(From(TestAddress.Unique()), People.NewEmail("nobody")));
        }
        existing.Sort();
        unknown.Sort();
        // a hash costs tens of milliseconds; without one the unknown answer was ~10x faster
        Assert.True(unknown[2] >= existing[1] * 0.4, $"unknown {string.Join(",", unknown)} ms vs existing {string.Join(",", existing)} ms");
    }

    private async Task<double> TimeAsync(FormClient client, string email)
    {
        _ = await client.GetPageAsync("/account/login"); // warm: the timed part is the POST alone
        var watch = Stopwatch.StartNew();
        var body = await (await SignInAsync(client, email, "wrong-password-x")).Content.ReadAsStringAsync();
        watch.Stop();
        Assert.Contains(Wrong, body, StringComparison.Ordinal);
        return watch.Elapsed.TotalMilliseconds;
    }
}

public sealed class SqliteSignInEnumerationTests(AddressedSqliteHost host) : SignInEnumerationTests(host), IClassFixture<AddressedSqliteHost>;

public sealed class PostgresSignInEnumerationTests(AddressedPostgresHost host) : SignInEnumerationTests(host), IClassFixture<AddressedPostgresHost>;

public sealed class MySqlSignInEnumerationTests(AddressedMySqlHost host) : SignInEnumerationTests(host), IClassFixture<AddressedMySqlHost>;
