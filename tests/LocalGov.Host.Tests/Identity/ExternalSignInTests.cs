using System.Net;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Host.Tests.Tax;
using LocalGov.Host.Tests.WasteFees;
using LocalGov.Identity.Contracts;
using LocalGov.Identity.Users;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.Platform.PersonalData;
using LocalGov.Tax.Registry;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServicePoint = LocalGov.WasteFees.ServicePoints.ServicePoint;

namespace LocalGov.Host.Tests.Identity;

/// <summary>
/// Sign-in with a national digital ID against real OpenID Connect providers (oidc-provider processes): the code flow
/// end to end, and every way it must refuse — a forged signature, a replayed or stolen code, a provider that is down,
/// a missing or invalid national ID, an ID another account holds — each without a 500 and without an account.
/// </summary>
public abstract class ExternalSignInTests(LocalGovHost host, ExternalSignInProviders providers)
{
    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, LocalGovDbContext, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<LocalGovDbContext>());
    }

    private Task<LocalGovUser?> HolderOfAsync(string nationalId) => InScopeAsync((services, db) =>
    {
        var hash = services.GetRequiredService<IPersonalDataVault>().Hash(nationalId);
        return db.Set<LocalGovUser>().AsNoTracking().FirstOrDefaultAsync(u => u.NationalIdHash == hash);
    });

    private Task<bool> LinkedAsync(string provider, string subject) => InScopeAsync((_, db) =>
        db.Set<IdentityUserLogin<Guid>>().AnyAsync(l => l.LoginProvider == "oidc-" + provider && l.ProviderKey == subject));

    private Task AuditedAsync(string action, string? detail = null) => Eventually.HoldsAsync(async () =>
    {
        Assert.True(await InScopeAsync((_, db) => db.Set<AuditLog>().AnyAsync(a => a.Details != null && a.Details.Contains(action)
            && (detail == null || a.Details.Contains(detail)))), $"no audit entry {action} {detail}");
        return true;
    });

    /// <summary>Gives an account a national ID as registration does: typed, not verified (null: none).</summary>
    private Task SetTypedIdAsync(Guid userId, string? nationalId) => InScopeAsync(async (services, db) =>
    {
        var user = await db.Set<LocalGovUser>().SingleAsync(u => u.Id == userId);
        var id = nationalId is null ? null : services.GetRequiredService<IPersonalDataVault>().Protect(nationalId);
        user.NationalIdCipher = id?.Cipher;
        user.NationalIdHash = id?.Hash;
        return await db.SaveChangesAsync();
    });

    /// <summary>Follows the host's redirect from the provider's answer to the page that decides.</summary>
    private static async Task<HttpResponseMessage> BackHereAsync(FormClient browser, string callback)
    {
        var handled = await browser.Http.GetAsync(callback);
        Assert.True(handled.StatusCode == HttpStatusCode.Redirect, $"The callback answered {(int)handled.StatusCode}: {await handled.Content.ReadAsStringAsync()}");
        return handled;
    }

    [Fact]
    public async Task ANewResident_SignsInAtAnLao_GivesAnEmail_AndGetsAVerifiedNationalId()
    {
        var browser = host.Browser();
        var login = await browser.GetPageAsync($"/t/{host.Alpha.Code}/account/login");
        Assert.Contains("data-provider=\"thaid\"", login, StringComparison.Ordinal);
        Assert.Contains("data-provider=\"forged\"", login, StringComparison.Ordinal); // every configured provider, a button each

        var callback = await ExternalSignIn.ThroughProviderAsync(browser, "thaid", "somchai", $"/t/{host.Alpha.Code}/account/login");
        var landing = await BackHereAsync(browser, callback);
        Assert.StartsWith("/account/external/callback", landing.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var form = await browser.GetPageAsync(landing.Headers.Location.OriginalString);
        Assert.Contains("data-external-new", form, StringComparison.Ordinal);
        Assert.Contains("สมชาย ใจดี", form, StringComparison.Ordinal);
        Assert.Contains(LocalGov.Thai.ThaiNationalId.Mask(ExternalSignIn.SomchaiId), form, StringComparison.Ordinal);
        Assert.Null(await HolderOfAsync(ExternalSignIn.SomchaiId)); // nothing is made before the person says so

        var email = People.NewEmail("somchai");
        var made = await browser.SubmitAsync(landing.Headers.Location.OriginalString, [new("Email", email), new("AcceptPrivacy", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        Assert.Equal($"/t/{host.Alpha.Code}/", made.Headers.Location!.OriginalString); // back in the LAO they came from
        var user = await HolderOfAsync(ExternalSignIn.SomchaiId);
        Assert.NotNull(user);
        Assert.Equal(email, user.Email);
        Assert.Equal("สมชาย ใจดี", user.DisplayName);
        Assert.Equal(UserKind.Resident, user.Kind);
        Assert.Equal("thaid", user.NationalIdVerifiedBy);
        Assert.NotNull(user.NationalIdVerifiedAt);
        Assert.DoesNotContain(ExternalSignIn.SomchaiId, user.NationalIdCipher!, StringComparison.Ordinal);
        Assert.True(await LinkedAsync("thaid", "somchai"));
        var profile = await browser.GetPageAsync("/account");
        Assert.Contains("data-verified-id", profile, StringComparison.Ordinal);
        Assert.Contains(LocalGov.Thai.ThaiNationalId.Mask(ExternalSignIn.SomchaiId), profile, StringComparison.Ordinal);
        await AuditedAsync("ExternalSignIn.AccountCreated", user.Id.ToString());

        // the next time, in another browser: straight in, no second account
        var again = host.Browser();
        var back = await BackHereAsync(again, await ExternalSignIn.ThroughProviderAsync(again, "thaid", "somchai", $"/t/{host.Beta.Code}/account/login"));
        var signedIn = await again.Http.GetAsync(back.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal($"/t/{host.Beta.Code}/", signedIn.Headers.Location!.OriginalString);
        Assert.Contains(email, await again.GetPageAsync("/account"), StringComparison.Ordinal);
        Assert.Equal(1, await InScopeAsync((services, db) =>
        {
            var hash = services.GetRequiredService<IPersonalDataVault>().Hash(ExternalSignIn.SomchaiId);
            return db.Set<LocalGovUser>().CountAsync(u => u.NationalIdHash == hash);
        }));
    }

    [Fact]
    public async Task AnIdTokenSignedWithAKeyTheProviderDoesNotPublish_IsRefused_AndNoAccountIsMade()
    {
        var browser = host.Browser();
        var callback = await ExternalSignIn.ThroughProviderAsync(browser, "forged", "newcomer");

        var answer = await browser.Http.GetAsync(callback);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/account/external/failed?provider=forged&reason=signature", answer.Headers.Location!.OriginalString);
        var page = await browser.Http.GetAsync(answer.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("ลายมือชื่อ", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await HolderOfAsync(ExternalSignIn.NewcomerId));
        Assert.False(await LinkedAsync("forged", "newcomer"));
        await AuditedAsync("ExternalSignIn.Failed", "forged: signature");
    }

    [Fact]
    public async Task AReplayedCallback_AndAStolenCodeInAnotherBrowser_AreRefused()
    {
        var browser = host.Browser();
        var callback = await ExternalSignIn.ThroughProviderAsync(browser, "thaid", "newcomer");
        var first = await BackHereAsync(browser, callback);
        Assert.StartsWith("/account/external/callback", first.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // the same answer again in the same browser: its state was spent with the first
        var replay = await browser.Http.GetAsync(callback);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Equal("/account/external/failed?provider=thaid&reason=expired", replay.Headers.Location!.OriginalString);

        // the code carried to another browser that started its own sign-in: the provider refuses a spent code (and
        // this browser's PKCE verifier was never the one the code was issued for)
        // (the request itself was pushed to the provider (PAR): the thief's own state comes back with its own answer)
        var thief = host.Browser();
        var own = await ExternalSignIn.ThroughProviderAsync(thief, "thaid", "noid");
        var state = System.Web.HttpUtility.ParseQueryString(new Uri("http://localhost" + own).Query)["state"];
        var code = System.Web.HttpUtility.ParseQueryString(new Uri("http://localhost" + callback).Query)["code"];
        var stolen = await thief.Http.GetAsync($"/signin-oidc-thaid?code={Uri.EscapeDataString(code!)}&state={Uri.EscapeDataString(state!)}&iss={Uri.EscapeDataString(providers.ThaId.Issuer)}");

        Assert.Equal(HttpStatusCode.Redirect, stolen.StatusCode);
        Assert.Equal("/account/external/failed?provider=thaid&reason=code", stolen.Headers.Location!.OriginalString);
        Assert.Contains("invalid_grant", providers.ThaId.Log, StringComparison.Ordinal);
        var page = await thief.Http.GetAsync(stolen.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("ใช้ไปแล้วหรือหมดอายุ", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await HolderOfAsync(ExternalSignIn.NewcomerId));
        await AuditedAsync("ExternalSignIn.Failed", "thaid: code");
    }

    [Fact]
    public async Task AProviderThatIsDown_GetsAPageSayingSo_NotA500()
    {
        var browser = host.Browser();
        var form = await browser.OpenAsync("/account/login");

        var start = await form.PostAsync([("provider", "down"), ("returnUrl", "/")], "/account/external");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, start.StatusCode);
        var page = await start.Content.ReadAsStringAsync();
        Assert.Contains("ติดต่อ ผู้ให้บริการที่ล่ม ไม่ได้ในขณะนี้", page, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot be reached right now", page, StringComparison.Ordinal); // one language per reader
        await AuditedAsync("ExternalSignIn.ProviderUnavailable", "down");
        var unknown = await (await browser.OpenAsync("/account/login")).PostAsync([("provider", "nobody"), ("returnUrl", "/")], "/account/external");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("noid", "ไม่ได้ส่งเลขประจำตัวประชาชนมา", "ExternalSignIn.NoNationalId")]
    [InlineData("badid", "เลขประจำตัวประชาชนที่ ไทยดี ส่งมาไม่ถูกต้อง", "ExternalSignIn.InvalidNationalId")]
    public async Task AMissingOrInvalidNationalId_IsRefused_AndNoAccountIsMade(string login, string message, string audited)
    {
        var browser = host.Browser();
        var landing = await BackHereAsync(browser, await ExternalSignIn.ThroughProviderAsync(browser, "thaid", login));

        var page = await browser.Http.GetAsync(landing.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains(message, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await LinkedAsync("thaid", login));
        var posted = await browser.Http.PostAsync(landing.Headers.Location.OriginalString, new FormUrlEncodedContent([new("Email", People.NewEmail(login)), new("AcceptPrivacy", "true")]));
        Assert.NotEqual(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.False(await LinkedAsync("thaid", login));
        await AuditedAsync(audited);
    }

    [Fact]
    public async Task AnIdHeldByAPasswordAccount_IsNotMerged_UntilItsOwnerSignsInAndConfirms()
    {
        var email = People.NewEmail("holder");
        var holder = await People.CreateAsync(host, email, UserKind.Resident, []);
        await SetTypedIdAsync(holder.Id, ExternalSignIn.HolderId);
        var browser = host.Browser();
        var landing = await BackHereAsync(browser, await ExternalSignIn.ThroughProviderAsync(browser, "thaid", "holder"));

        var held = await browser.Http.GetAsync(landing.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Conflict, held.StatusCode);
        Assert.Contains("data-external-held", await held.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // nor by posting the new-account form: the ID stays with its one account
        var posted = await browser.SubmitAsync("/account/login", [new("Email", People.NewEmail("second")), new("AcceptPrivacy", "true")], landing.Headers.Location.OriginalString);
        Assert.NotEqual(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.False(await LinkedAsync("thaid", "holder"));
        Assert.Null((await HolderOfAsync(ExternalSignIn.HolderId))!.NationalIdVerifiedAt);
        Assert.Equal(holder.Id, (await HolderOfAsync(ExternalSignIn.HolderId))!.Id);

        // the owner signs in with the password in the same browser, within the 5 minutes, and confirms
        var signedIn = await browser.SubmitAsync("/account/login", [new("Input.Email", email), new("Input.Password", People.Password)],
            "/account/login?returnUrl=" + Uri.EscapeDataString("/account/external/link?returnUrl=/account"));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var confirm = await browser.GetPageAsync(signedIn.Headers.Location!.OriginalString);
        Assert.Contains("data-external-confirm", confirm, StringComparison.Ordinal);
        Assert.False(await LinkedAsync("thaid", "holder")); // opening the page links nothing

        var linked = await browser.SubmitAsync(signedIn.Headers.Location.OriginalString, []);

        Assert.Contains("data-external-linked", await linked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await LinkedAsync("thaid", "holder"));
        var user = await HolderOfAsync(ExternalSignIn.HolderId);
        Assert.Equal(holder.Id, user!.Id);
        Assert.Equal("thaid", user.NationalIdVerifiedBy);
        await AuditedAsync("ExternalSignIn.Started", "thaid");
        await AuditedAsync("ExternalLogin.Linked", holder.Id.ToString());
    }

    [Fact]
    public async Task APasswordAccount_LinksADigitalIdFromMyAccount_AndOnlyThatAccountCanFinishTheLink()
    {
        var email = People.NewEmail("linker");
        var resident = await People.CreateAsync(host, email, UserKind.Resident, []);
        var browser = await People.SignInAsync(host, email);
        Assert.Contains("data-digital-ids", await browser.GetPageAsync("/account"), StringComparison.Ordinal);

        // the answer of a link started by this account, finished in a browser signed in as another account: refused
        var other = People.NewEmail("other");
        await People.CreateAsync(host, other, UserKind.Resident, []);
        var otherBrowser = await People.SignInAsync(host, other);
        var stray = await ExternalSignIn.ThroughProviderAsync(browser, "thaid", "linker", "/account", link: "true");
        var strayBack = await otherBrowser.Http.GetAsync(stray);
        Assert.Equal("/account/external/failed?provider=thaid&reason=expired", strayBack.Headers.Location!.OriginalString);

        var callback = await ExternalSignIn.ThroughProviderAsync(browser, "thaid", "linker", "/account", link: "true");
        var back = await BackHereAsync(browser, callback);
        Assert.StartsWith("/account/external/link", back.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("data-external-confirm", await browser.GetPageAsync(back.Headers.Location.OriginalString), StringComparison.Ordinal);
        var linked = await browser.SubmitAsync(back.Headers.Location.OriginalString, []);

        Assert.Contains("data-external-linked", await linked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var user = await HolderOfAsync(ExternalSignIn.LinkerId);
        Assert.Equal(resident.Id, user!.Id);
        Assert.Equal("thaid", user.NationalIdVerifiedBy);
        Assert.True(await LinkedAsync("thaid", "linker"));
        Assert.Contains("data-verified-id", await browser.GetPageAsync("/account"), StringComparison.Ordinal);
        Assert.False(await InScopeAsync((_, db) => db.Set<LocalGovUser>().AnyAsync(u => u.Email == other && u.NationalIdHash != null)));
    }

    [Fact]
    public async Task AVerifiedId_ClaimsTheResidentsWasteAndTaxRecords_AndPrefillsApplications_ATypedOneDoesNot()
    {
        var waste = await WasteWorld.CreateAsync(host);
        var point = await waste.AddPointAsync(WasteWorld.House("9") with { PayerNationalId = ExternalSignIn.OwnerId });
        var other = await waste.AddPointAsync(WasteWorld.House("10"));
        var tax = await ResidentTaxWorld.CreateAsync(host);
        var owner = await tax.OwnerAsync(2_000_000m, nationalId: ExternalSignIn.OwnerId);

        // the same ID typed at registration unlocks nothing: anyone can type anyone's ID
        var typistEmail = People.NewEmail("typist");
        var typist = await People.CreateAsync(host, typistEmail, UserKind.Resident, []);
        await SetTypedIdAsync(typist.Id, ExternalSignIn.OwnerId);
        var typed = await People.SignInAsync(host, typistEmail);
        var refused = await typed.SubmitAsync(waste.Path("/waste"), [], waste.Path("/waste?handler=ClaimVerified"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await typed.SubmitAsync(tax.Path("/tax/my/link"), [], tax.Path("/tax/my/link?handler=Verified"))).StatusCode);
        Assert.Null(await waste.InScopeAsync((_, db) => db.Set<ServicePoint>().Where(p => p.Id == point.Id).Select(p => p.PayerUserId).SingleAsync()));
        var permits = await host.ProvisionAsync("p" + Guid.NewGuid().ToString("N")[..10], "เทศบาลขออนุญาต", "Permit Town", ["Permits", "Payments"]);
        var apply = $"/t/{permits.Code}/permits/food-notice/apply";
        Assert.DoesNotContain(ExternalSignIn.OwnerId, await typed.GetPageAsync(apply), StringComparison.Ordinal);
        await SetTypedIdAsync(typist.Id, null); // (one account per ID: the typist gives it up before its holder arrives)

        var browser = host.Browser();
        var landing = await BackHereAsync(browser, await ExternalSignIn.ThroughProviderAsync(browser, "thaid", "owner", waste.Path("/account/login")));
        var made = await browser.SubmitAsync(landing.Headers.Location!.OriginalString, [new("Email", People.NewEmail("owner")), new("AcceptPrivacy", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var user = (await HolderOfAsync(ExternalSignIn.OwnerId))!;
        Assert.Contains("data-claim-verified", await browser.GetPageAsync(waste.Path("/waste")), StringComparison.Ordinal);

        var claimed = await browser.SubmitAsync(waste.Path("/waste"), [], waste.Path("/waste?handler=ClaimVerified"));
        Assert.Contains("data-verified-linked=\"1\"", await claimed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var linkedTax = await browser.SubmitAsync(tax.Path("/tax/my/link"), [], tax.Path("/tax/my/link?handler=Verified"));
        Assert.Contains("data-verified-linked=\"1\"", await linkedTax.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(user.Id, await waste.InScopeAsync((_, db) => db.Set<ServicePoint>().Where(p => p.Id == point.Id).Select(p => p.PayerUserId).SingleAsync()));
        Assert.Null(await waste.InScopeAsync((_, db) => db.Set<ServicePoint>().Where(p => p.Id == other.Id).Select(p => p.PayerUserId).SingleAsync()));
        Assert.Equal(user.Id, (await tax.PayerAsync(owner.PayerId)).UserId);
        // prefilled applications: the verified name and ID fill the applicant's fields
        var form = await browser.GetPageAsync(apply);
        Assert.Contains("data-prefilled", form, StringComparison.Ordinal);
        Assert.Contains($"value=\"{ExternalSignIn.OwnerId}\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"มาลี ใจดี\"", form, StringComparison.Ordinal);
        await AuditedAsync("NationalId.Prefilled", user.Id.ToString());
        await AuditedAsync("WasteFees.PointsClaimedByVerifiedId", user.Id.ToString());
        await AuditedAsync("Tax.PayersLinkedByVerifiedId", user.Id.ToString());
    }
}

public sealed class SqliteExternalSignInTests(ExternalSignInSqliteHost host)
    : ExternalSignInTests(host, host.Providers), IClassFixture<ExternalSignInSqliteHost>;

public sealed class PostgresExternalSignInTests(ExternalSignInPostgresHost host)
    : ExternalSignInTests(host, host.Providers), IClassFixture<ExternalSignInPostgresHost>;

public sealed class MySqlExternalSignInTests(ExternalSignInMySqlHost host)
    : ExternalSignInTests(host, host.Providers), IClassFixture<ExternalSignInMySqlHost>;
