using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Platform.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Identity;

/// <summary>
/// A deactivated staff member stays deactivated (issue 20, item 3): deactivation is a state of its own, which a
/// password reset does not clear; the sign-in page says "closed" only to the right password and suggests no reset.
/// </summary>
public abstract class DeactivationTests(LocalGovHost host)
{
    private const string Closed = "บัญชีนี้ถูกปิดโดยหน่วยงานแล้ว";
    private const string Wrong = "อีเมลหรือรหัสผ่านไม่ถูกต้อง";

    private FormClient NewClient() => new(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    private Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        NewClient().SubmitAsync("/account/login", ("Input.Email", email), ("Input.Password", password));

    /// <summary>A leaver deactivated by their LAO admin on the real staff page; the admin's client comes back.</summary>
    private async Task<(FormClient Admin, LocalGovUser Leaver, string Email)> DeactivatedLeaverAsync()
    {
        var adminEmail = People.NewEmail("offboarding-admin");
        var adminUser = await People.CreateAsync(host, adminEmail, UserKind.Staff, [RoleTemplates.TenantAdmin], host.Alpha.Id, twoFactor: true);
        var admin = await People.SignInAsync(host, adminEmail, await People.AuthenticatorKeyAsync(host, adminUser.Id));
        var email = People.NewEmail("leaver");
        var leaver = await People.CreateAsync(host, email, UserKind.Staff, [RoleTemplates.Cashier], host.Alpha.Id);
        var done = await admin.SubmitAsync($"/t/alpha/admin/staff/{leaver.Id}", [], $"/t/alpha/admin/staff/{leaver.Id}?handler=Deactivate");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        return (admin, leaver, email);
    }

    [Fact]
    public async Task PasswordReset_DoesNotReopenADeactivatedAccount()
    {
        var (admin, leaver, email) = await DeactivatedLeaverAsync();

        // the forgotten-password form answers as for any address; the mailbox learns that a reset cannot reopen it
        var asked = await NewClient().SubmitAsync("/account/forgot-password", ("email", email));
        Assert.Contains("หากอีเมลนี้มีบัญชี", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (mail, link) = await People.LastMailAsync(host, email);
        Assert.Contains("ถูกปิด", mail.Subject, StringComparison.Ordinal);
        Assert.Equal("", link); // no reset link

        // a reset link made anyway (as the old page mailed one) is refused as invalid
        string code;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LocalGovUser>>();
            code = await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(leaver.Id.ToString()))!);
        }
        var reset = await NewClient().SubmitAsync($"/account/reset-password?userId={leaver.Id}&code={Uri.EscapeDataString(code)}",
            ("userId", leaver.Id.ToString()), ("code", code), ("password", "a-brand-new-password"), ("confirmPassword", "a-brand-new-password"));
        Assert.DoesNotContain("ตั้งรหัสผ่านใหม่เรียบร้อย", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // and a reset that did go through (as the old page ran it: new password, lockout cleared) still cannot sign in
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LocalGovUser>>();
            var user = (await users.FindByIdAsync(leaver.Id.ToString()))!;
            Assert.True((await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), "another-new-password")).Succeeded);
            Assert.True((await users.SetLockoutEndDateAsync(user, null)).Succeeded);
        }
        var again = await SignInAsync(email, "another-new-password");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var said = await again.Content.ReadAsStringAsync();
        Assert.Contains(Closed, said, StringComparison.Ordinal);
        Assert.DoesNotContain("ตั้งรหัสผ่านใหม่", said, StringComparison.Ordinal); // no reset suggested
        Assert.DoesNotContain("ลองใหม่ในอีก 15 นาที", said, StringComparison.Ordinal);

        var list = await admin.GetPageAsync("/t/alpha/admin/staff");
        var row = list[list.IndexOf($"data-email=\"{email}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("ปิดบัญชีแล้ว", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeactivatedAccount_WithAWrongPassword_AnswersAsAnUnknownOne()
    {
        var (_, _, email) = await DeactivatedLeaverAsync();

        var guessed = await (await SignInAsync(email, "wrong-password-1")).Content.ReadAsStringAsync();
        var unknown = await (await SignInAsync(People.NewEmail("nobody"), "wrong-password-1")).Content.ReadAsStringAsync();
        Assert.Contains(Wrong, guessed, StringComparison.Ordinal);
        Assert.DoesNotContain(Closed, guessed, StringComparison.Ordinal);
        Assert.Contains(Wrong, unknown, StringComparison.Ordinal);

        Assert.Contains(Closed, await (await SignInAsync(email, People.Password)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDeactivationTests(SqliteHost host) : DeactivationTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDeactivationTests(PostgresHost host) : DeactivationTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlDeactivationTests(MySqlHost host) : DeactivationTests(host);
