using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.SignIn;
using LocalGov.Identity.Users;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Identity;

/// <summary>Accounts through the real pages and the real sign-in cookie.</summary>
public abstract class AccountTests(LocalGovHost host)
{
    private FormClient NewClient() => new(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    [Fact]
    public async Task Resident_RegistersConfirmsByEmailAndSignsIn_AndHasOneAccountForEveryLao()
    {
        var email = People.NewEmail("resident");
        var client = NewClient();
        var registered = await client.SubmitAsync("/t/alpha/account/register",
            ("Input.DisplayName", "สมหญิง รักดี"), ("Input.Email", email), ("Input.Password", People.Password),
            ("Input.ConfirmPassword", People.Password), ("Input.NationalId", LocalGov.Thai.ThaiNationalId.Generate(Random.Shared)),
            ("Input.AcceptPrivacy", "true"));
        var body = await registered.Content.ReadAsStringAsync();
        Assert.Contains("data-registered", body, StringComparison.Ordinal);

        var notYet = await client.SubmitAsync("/t/alpha/account/login", ("Input.Email", email), ("Input.Password", People.Password));
        Assert.Contains("ยังไม่ได้ยืนยันอีเมล", await notYet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var guess = await client.SubmitAsync("/t/alpha/account/login", ("Input.Email", email), ("Input.Password", "a-wrong-guess-1"));
        var guessed = await guess.Content.ReadAsStringAsync();
        Assert.DoesNotContain("ยังไม่ได้ยืนยันอีเมล", guessed, StringComparison.Ordinal); // a wrong password learns nothing
        Assert.Contains("อีเมลหรือรหัสผ่านไม่ถูกต้อง", guessed, StringComparison.Ordinal);

        var (mail, link) = await People.LastMailAsync(host, email);
        Assert.StartsWith($"http://alpha.{LocalGovHost.BaseDomain}/account/confirm-email?", link, StringComparison.Ordinal);
        Assert.Contains("ยืนยันอีเมล", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("data-confirmed", await client.GetPageAsync(People.PathOf(link)), StringComparison.Ordinal);

        var signedIn = await client.SubmitAsync("/t/alpha/account/login", ("Input.Email", email), ("Input.Password", People.Password));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/t/alpha/", signedIn.Headers.Location!.OriginalString);

        Assert.Contains(email, await client.GetPageAsync("/t/alpha/account"), StringComparison.Ordinal);
        Assert.Contains(email, await client.GetPageAsync("/t/beta/account"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_WithAWrongNationalId_SaysWhatIsWrong_AndCreatesNothing()
    {
        var email = People.NewEmail("typo");
        var response = await NewClient().SubmitAsync("/account/register",
            ("Input.DisplayName", "Typo"), ("Input.Email", email), ("Input.Password", People.Password),
            ("Input.ConfirmPassword", People.Password), ("Input.NationalId", "1112034563563"), ("Input.AcceptPrivacy", "true"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("เลขประจำตัวประชาชนไม่ถูกต้อง", html, StringComparison.Ordinal);
        Assert.Contains("หลักสุดท้ายควรเป็น 2 ไม่ใช่ 3", html, StringComparison.Ordinal);
        Assert.DoesNotContain("should be 2, not 3", html, StringComparison.Ordinal); // one language per reader
        Assert.Contains("name=\"Input.AcceptPrivacy\" value=\"true\" checked=\"checked\"", html, StringComparison.Ordinal); // still ticked

        await using var scope = host.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<LocalGovUser>().AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task NationalId_IsStoredEncrypted_ShownMasked_AndRevealingItIsAudited()
    {
        var email = People.NewEmail("idowner");
        var nationalId = LocalGov.Thai.ThaiNationalId.Generate(Random.Shared);
        var client = NewClient();
        await client.SubmitAsync("/account/register", ("Input.DisplayName", "ID Owner"), ("Input.Email", email),
            ("Input.Password", People.Password), ("Input.ConfirmPassword", People.Password),
            ("Input.NationalId", Spaced(nationalId)), ("Input.AcceptPrivacy", "true"));
        var (_, link) = await People.LastMailAsync(host, email);
        await client.GetPageAsync(People.PathOf(link));
        await client.SubmitAsync("/account/login", ("Input.Email", email), ("Input.Password", People.Password));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<LocalGovUser>().SingleAsync(u => u.Email == email);
            Assert.DoesNotContain(nationalId, user.NationalIdCipher!, StringComparison.Ordinal);
            Assert.Equal(64, user.NationalIdHash!.Length);

            // the audit log records that the password and ID were set, never their values or hashes
            var created = await Eventually.HoldsAsync(async () => await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>()
                .Set<AuditEntityChange>().SingleAsync(c => c.EntityType == nameof(LocalGovUser) && c.EntityId == user.Id.ToString()));
            Assert.Contains("\"Name\":\"PasswordHash\",\"Before\":null,\"After\":\"***\"", created.PropertiesJson, StringComparison.Ordinal);
            Assert.DoesNotContain(user.PasswordHash!, created.PropertiesJson, StringComparison.Ordinal);
            Assert.DoesNotContain(user.NationalIdHash, created.PropertiesJson, StringComparison.Ordinal);
        }

        var page = await client.GetPageAsync("/account");
        Assert.Contains(LocalGov.Thai.ThaiNationalId.Mask(nationalId), page, StringComparison.Ordinal);
        Assert.DoesNotContain(LocalGov.Thai.ThaiNationalId.Format(nationalId), page, StringComparison.Ordinal);

        var revealed = await client.SubmitAsync("/account", [], "/account?handler=Reveal");
        Assert.Contains(LocalGov.Thai.ThaiNationalId.Format(nationalId), await revealed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Eventually.HoldsAsync(async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            Assert.True(await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<AuditLog>()
                .AnyAsync(a => a.Details != null && a.Details.Contains("NationalId.Revealed") && a.UserName == email));
            return true;
        });
    }

    private static string Spaced(string id) => $"{id[0]} {id[1..5]} {id[5..10]} {id[10..12]} {id[12]}";

    // Was five: one outsider could lock any account (issue 20, item 4). One address is now throttled at five
    // (SignInLockoutTests); the account locks at FailuresPerAccount, and TestServer requests have no address to throttle.
    [Fact]
    public async Task ManyWrongPasswords_LockTheAccount_AndEachAttemptIsAuditedUnderItsLao()
    {
        var email = People.NewEmail("locked");
        await People.CreateAsync(host, email, UserKind.Staff, [RoleTemplates.Cashier], host.Alpha.Id);
        var client = NewClient();
        for (var i = 0; i < SignInThrottle.FailuresPerAccount; i++)
        {
            await client.SubmitAsync("/account/login", ("Input.Email", email), ("Input.Password", "wrong-password-" + i));
        }
        var correct = await client.SubmitAsync("/account/login", ("Input.Email", email), ("Input.Password", People.Password));
        Assert.Equal(HttpStatusCode.OK, correct.StatusCode);
        Assert.Contains("ล็อก", await correct.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await Eventually.HoldsAsync(async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            var entries = await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<AuditLog>()
                .Where(a => a.TenantId == host.Alpha.Id && a.Details != null && a.Details.Contains(email)).ToListAsync();
            Assert.Equal(SignInThrottle.FailuresPerAccount - 1, entries.Count(e => e.Details!.StartsWith("SignIn.Failed", StringComparison.Ordinal)));
            Assert.Equal(2, entries.Count(e => e.Details!.StartsWith("SignIn.LockedOut", StringComparison.Ordinal)));
            return true;
        });
    }

    [Fact]
    public async Task LaoAdmin_WithoutTwoFactor_CannotReachAdminPages_UntilTheySetItUp()
    {
        var email = People.NewEmail("laoadmin");
        await People.CreateAsync(host, email, UserKind.Staff, [RoleTemplates.TenantAdmin], host.Alpha.Id);
        var client = await People.SignInAsync(host, email);

        var blocked = await client.Http.GetAsync("/t/alpha/admin/staff");
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        var denied = await client.Http.GetAsync(blocked.Headers.Location!.OriginalString);
        Assert.Contains("/account/two-factor", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var setup = await client.GetPageAsync("/t/alpha/account/two-factor");
        var key = System.Text.RegularExpressions.Regex.Match(setup, "data-authenticator-key>([^<]+)<").Groups[1].Value;
        var enabled = await client.SubmitAsync("/t/alpha/account/two-factor", ("code", Totp.Compute(key, host.Clock.GetUtcNow())));
        Assert.Contains("data-two-factor=\"enabled\"", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/t/alpha/admin/staff")).StatusCode);
    }

    [Fact]
    public async Task StaffOfOneLao_CannotEnterAnothersBackOffice_ByPathOrHeader()
    {
        var email = People.NewEmail("alphastaff");
        await People.CreateAsync(host, email, UserKind.Staff, [RoleTemplates.ComplaintsOfficer], host.Alpha.Id);
        var client = await People.SignInAsync(host, email);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/t/alpha/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/t/beta/staff")).StatusCode);
        var byHeader = new HttpRequestMessage(HttpMethod.Get, "/staff");
        byHeader.Headers.Add("X-Tenant", "beta");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.SendAsync(byHeader)).StatusCode);
        var byHost = new HttpRequestMessage(HttpMethod.Get, "/staff");
        byHost.Headers.Host = $"beta.{LocalGovHost.BaseDomain}";
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.SendAsync(byHost)).StatusCode);
    }

    [Fact]
    public async Task ForgottenPassword_IsResetByAOneTimeEmailLink()
    {
        var email = People.NewEmail("forgetful");
        await People.CreateAsync(host, email, UserKind.Resident, []);
        var client = NewClient();
        var asked = await client.SubmitAsync("/account/forgot-password", ("email", email));
        Assert.Contains("หากอีเมลนี้มีบัญชี", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unknown = await client.SubmitAsync("/account/forgot-password", ("email", People.NewEmail("nobody")));
        Assert.Contains("หากอีเมลนี้มีบัญชี", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal); // no account probing

        var (_, link) = await People.LastMailAsync(host, email);
        var path = People.PathOf(link);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(link).Query);
        var fields = new[] { ("userId", query["userId"].ToString()), ("code", query["code"].ToString()),
            ("password", "a-brand-new-password"), ("confirmPassword", "a-brand-new-password") };
        Assert.Contains("ตั้งรหัสผ่านใหม่เรียบร้อย", await (await client.SubmitAsync(path, fields)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("หมดอายุหรือถูกใช้ไปแล้ว", await (await client.SubmitAsync(path, fields)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var signIn = await NewClient().SubmitAsync("/account/login", ("Input.Email", email), ("Input.Password", "a-brand-new-password"));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task MailedLinks_UseTheConfiguredAddress_NeverTheRequestsHostHeader()
    {
        var email = People.NewEmail("poisoned");
        await People.CreateAsync(host, email, UserKind.Resident, []);
        var client = NewClient();
        var form = await client.Http.GetAsync("/account/forgot-password");
        var token = System.Text.RegularExpressions.Regex.Match(await form.Content.ReadAsStringAsync(), "__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var request = new HttpRequestMessage(HttpMethod.Post, "/account/forgot-password")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = email, ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token) }),
        };
        request.Headers.Host = "evil.example";
        await client.Http.SendAsync(request);

        var (_, link) = await People.LastMailAsync(host, email);
        Assert.StartsWith("http://localhost/account/reset-password?", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInOnAnotherLaosPage_LandsStaffInTheirOwnLao()
    {
        var email = People.NewEmail("lands");
        await People.CreateAsync(host, email, UserKind.Staff, [RoleTemplates.Cashier], host.Beta.Id);
        var client = new FormClient(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var response = await client.SubmitAsync("/t/alpha/account/login?returnUrl=%2Ft%2Falpha%2Fstaff",
            ("Input.Email", email), ("Input.Password", People.Password));
        Assert.Equal("/t/beta/staff", response.Headers.Location!.OriginalString);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAccountTests(SqliteHost host) : AccountTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAccountTests(PostgresHost host) : AccountTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlAccountTests(MySqlHost host) : AccountTests(host);
