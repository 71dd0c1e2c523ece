using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Platform.Data;
using LocalGov.Thai;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Identity;

/// <summary>
/// Registration tells nobody which addresses or national IDs have accounts (issue 20, item 4): the same page, after
/// similar work, whether or not they exist; the mailbox owner learns the rest by mail.
/// </summary>
public abstract partial class RegistrationEnumerationTests(LocalGovHost host)
{
    private FormClient NewClient() => new(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    private Task<HttpResponseMessage> RegisterAsync(string email, string password = People.Password, string nationalId = "", FormClient? client = null) =>
        (client ?? NewClient()).SubmitAsync("/account/register",
            ("Input.DisplayName", "ผู้สมัคร ทดสอบ"), ("Input.Email", email), ("Input.Password", password),
            ("Input.ConfirmPassword", password), ("Input.NationalId", nationalId), ("Input.AcceptPrivacy", "true"));

    /// <summary>What the page says after a sign-up, with the address typed taken out.</summary>
    private static async Task<string> AnswerAsync(HttpResponseMessage response, string email)
    {
        var html = await response.Content.ReadAsStringAsync();
        var notice = Notice().Match(html);
        Assert.True(notice.Success, html);
        return notice.Value.Replace(email, "ADDRESS", StringComparison.Ordinal);
    }

    private static async Task<string> ErrorsAsync(HttpResponseMessage response) =>
        string.Join("\n", Errors().Matches(await response.Content.ReadAsStringAsync()).Select(m => m.Value));

    private async Task<LocalGovUser?> AccountAsync(string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<LocalGovUser>().AsNoTracking().SingleOrDefaultAsync(u => u.Email == email);
    }

    [Fact]
    public async Task ExistingEmail_GetsTheSameAnswerAsANewOne_AndItsOwnerLearnsByMail()
    {
        var existing = People.NewEmail("taken");
        await People.CreateAsync(host, existing, UserKind.Resident, []);
        var fresh = People.NewEmail("fresh");

        var forFresh = await AnswerAsync(await RegisterAsync(fresh), fresh);
        var forExisting = await AnswerAsync(await RegisterAsync(existing, "someone-elses-password"), existing);
        Assert.Equal(forFresh, forExisting);

        var (mail, link) = await People.LastMailAsync(host, existing);
        Assert.Contains("มีผู้สมัครบัญชี LocalGov ด้วยอีเมลของคุณ", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("/account/reset-password?", link, StringComparison.Ordinal);
        // nothing changed: still one account, with its own password
        var signIn = await NewClient().SubmitAsync("/account/login", ("Input.Email", existing), ("Input.Password", People.Password));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task AnAddressTakenBySomeoneElsesSignUp_IsWonBackByItsMailbox()
    {
        // someone signs up first with another person's address and a password of their own (never confirmed)
        var victim = People.NewEmail("victim");
        await RegisterAsync(victim, "the-squatters-password");
        // the owner signs up: the same answer, and the mail carries a link to set their own password
        await RegisterAsync(victim, "the-owners-own-password");
        var (mail, link) = await People.LastMailAsync(host, victim);
        Assert.Contains("มีผู้สมัครบัญชี LocalGov ด้วยอีเมลของคุณ", mail.Subject, StringComparison.Ordinal);

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(link).Query);
        var reset = await NewClient().SubmitAsync(People.PathOf(link), ("userId", query["userId"].ToString()), ("code", query["code"].ToString()),
            ("password", "the-owners-own-password"), ("confirmPassword", "the-owners-own-password"));
        Assert.Contains("ตั้งรหัสผ่านใหม่เรียบร้อย", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await NewClient().SubmitAsync("/account/login",
            ("Input.Email", victim), ("Input.Password", "the-owners-own-password"))).StatusCode); // confirmed by the link
        Assert.Equal(HttpStatusCode.OK, (await NewClient().SubmitAsync("/account/login",
            ("Input.Email", victim), ("Input.Password", "the-squatters-password"))).StatusCode);
    }

    [Fact]
    public async Task ALinkedNationalId_IsNotRevealed_TheNewAccountGoesWithoutIt_AndBothMailboxesAreTold()
    {
        var nationalId = ThaiNationalId.Generate(Random.Shared);
        var holder = People.NewEmail("idholder");
        await RegisterAsync(holder, nationalId: nationalId);
        Assert.NotNull((await AccountAsync(holder))!.NationalIdHash);

        // an invalid password: the same complaint as with an ID nobody holds, nothing about the ID
        var withLinked = await ErrorsAsync(await RegisterAsync(People.NewEmail("prober"), "short", nationalId));
        var withFree = await ErrorsAsync(await RegisterAsync(People.NewEmail("prober"), "short", ThaiNationalId.Generate(Random.Shared)));
        Assert.Contains("รหัสผ่านต้องยาวอย่างน้อย", withLinked, StringComparison.Ordinal);
        Assert.Equal(withFree, withLinked);

        var other = People.NewEmail("second");
        var free = People.NewEmail("free");
        Assert.Equal(await AnswerAsync(await RegisterAsync(free, nationalId: ThaiNationalId.Generate(Random.Shared)), free),
            await AnswerAsync(await RegisterAsync(other, nationalId: nationalId), other));

        var account = (await AccountAsync(other))!;
        Assert.Null(account.NationalIdHash);
        Assert.Null(account.NationalIdCipher);
        var (toNew, confirm) = await People.LastMailAsync(host, other);
        Assert.Contains("/account/confirm-email?", confirm, StringComparison.Ordinal);
        Assert.Contains("ผูกกับบัญชีนี้ทางออนไลน์ไม่ได้", toNew.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(nationalId, toNew.TextBody, StringComparison.Ordinal);
        var (toHolder, _) = await People.LastMailAsync(host, holder);
        Assert.Contains("มีผู้กรอกเลขประจำตัวประชาชนของคุณ", toHolder.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(other, toHolder.TextBody, StringComparison.Ordinal); // the other person's address is theirs
    }

    [Fact]
    public async Task ExistingEmail_TakesAboutAsLongAsANewOne()
    {
        var existing = People.NewEmail("timedtaken");
        await People.CreateAsync(host, existing, UserKind.Resident, []);
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            known.Add(await TimeAsync(existing));
            unknown.Add(await TimeAsync(People.NewEmail("timedfresh")));
        }
        known.Sort();
        unknown.Sort();
        // Both make a password hash (tens of milliseconds); without it an existing address was answered in a fraction
        // of the time. The fastest runs are compared: a busy machine only ever adds time.
        Assert.True(known[1] >= unknown[1] * 0.5, $"existing {string.Join(",", known)} ms vs new {string.Join(",", unknown)} ms");
    }

    /// <summary>The POST alone, its form fetched first.</summary>
    private async Task<double> TimeAsync(string email)
    {
        var client = NewClient();
        var token = await client.AntiforgeryTokenAsync("/account/register");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "ผู้สมัคร ทดสอบ", ["Input.Email"] = email, ["Input.Password"] = People.Password,
            ["Input.ConfirmPassword"] = People.Password, ["Input.AcceptPrivacy"] = "true", ["__RequestVerificationToken"] = token,
        });
        var watch = Stopwatch.StartNew();
        var response = await client.Http.PostAsync("/account/register", form);
        watch.Stop();
        Assert.Contains("data-registered", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        return watch.Elapsed.TotalMilliseconds;
    }

    [GeneratedRegex("<section class=\"notice\" role=\"status\" data-registered=\"true\">.*?</section>", RegexOptions.Singleline)]
    private static partial Regex Notice();

    [GeneratedRegex("<li>.*?</li>", RegexOptions.Singleline)]
    private static partial Regex Errors();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteRegistrationEnumerationTests(SqliteHost host) : RegistrationEnumerationTests(host);

[Collection(PostgresCollection.Name)]
public sealed class PostgresRegistrationEnumerationTests(PostgresHost host) : RegistrationEnumerationTests(host);

[Collection(MySqlCollection.Name)]
public sealed class MySqlRegistrationEnumerationTests(MySqlHost host) : RegistrationEnumerationTests(host);
