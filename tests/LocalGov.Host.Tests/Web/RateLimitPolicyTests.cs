using System.Net;
using LocalGov.Complaints.Open311;
using LocalGov.Host.Tests.Complaints.Open311;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.PersonalData;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Host.Tests.Web;

/// <summary>
/// Each named policy, driven past its limit through the real pipeline, answers 429 with Retry-After while another
/// caller still passes. These fail when the limiter runs before routing (the endpoint's policy is then unknown).
/// </summary>
public abstract class RateLimitPolicyTests(LocalGovHost host)
{
    private async Task<TenantInfo> LaoAsync()
    {
        var code = "rl" + Guid.NewGuid().ToString("N")[..10];
        return await host.ProvisionAsync(code, $"เทศบาล {code}", $"{code} Municipality", ["Complaints", "WasteFees", "Tax", "Payments"]);
    }

    private HttpClient From(string address, Guid? resident = null)
    {
        var client = resident is { } id ? host.ClientAs(id, null).Http : host.AnonymousClient();
        client.DefaultRequestHeaders.Add(TestAddress.Header, address);
        return client;
    }

    private static void AssertPassed(HttpResponseMessage response, string what) =>
        Assert.True(response.StatusCode != HttpStatusCode.TooManyRequests && (int)response.StatusCode < 500,
            $"{what} answered {(int)response.StatusCode}");

    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 }, "no Retry-After on the 429");
    }

    [Fact]
    public async Task PublicSubmit_PastTheLimit_Is429PageInThai_WhileAnotherAddressStillFiles()
    {
        var lao = await LaoAsync();
        var url = $"/t/{lao.Code}/complaints/new";
        var caller = new FormClient(From(TestAddress.Unique()));
        for (var i = 1; i <= TestRateLimits.SubmitsPerHour; i++)
        {
            AssertPassed(await caller.SubmitAsync(url, ("Input.Description", "")), $"anonymous complaint {i}");
        }

        var refused = await caller.SubmitAsync(url, ("Input.Description", ""));
        AssertRefused(refused);
        Assert.Contains("text/html", refused.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("มีคำขอมากเกินไป", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        AssertPassed(await new FormClient(From(TestAddress.Unique())).SubmitAsync(url, ("Input.Description", "")), "another address");
    }

    /// <summary>The open-data API counts against the anonymous limit like any public read, and refuses in CKAN's error shape.</summary>
    [Fact]
    public async Task CkanApi_PastTheAnonymousLimit_Is429InCkanShape_WhileAnotherAddressStillReads()
    {
        var caller = From(TestAddress.Unique());
        for (var i = 1; i <= TestRateLimits.AnonymousPerMinute; i++)
        {
            AssertPassed(await caller.GetAsync("/api/3/action/organization_list"), $"read {i}");
        }

        var refused = await caller.GetAsync("/api/3/action/organization_list");
        AssertRefused(refused);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.False(body["success"]!.GetValue<bool>());
        Assert.Equal("Too Many Requests", body["error"]!["__type"]!.GetValue<string>());

        AssertPassed(await From(TestAddress.Unique()).GetAsync("/api/3/action/organization_list"), "another address");
    }

    /// <summary>A sign-up may mail someone (the owner of an address or national ID already in use): counted as a public submission.</summary>
    [Fact]
    public async Task Registration_PastThePublicSubmitLimit_Is429()
    {
        var caller = new FormClient(From(TestAddress.Unique()));
        for (var i = 1; i <= TestRateLimits.SubmitsPerHour; i++)
        {
            AssertPassed(await caller.SubmitAsync("/account/register", ("Input.Email", "")), $"sign-up {i}");
        }
        AssertRefused(await caller.SubmitAsync("/account/register", ("Input.Email", "")));
    }

    [Fact]
    public async Task ForgottenPassword_PastThePublicSubmitLimit_Is429()
    {
        var caller = new FormClient(From(TestAddress.Unique()));
        for (var i = 1; i <= TestRateLimits.SubmitsPerHour; i++)
        {
            AssertPassed(await caller.SubmitAsync("/account/forgot-password", ("email", $"nobody-{i}@example.com")), $"reset request {i}");
        }
        AssertRefused(await caller.SubmitAsync("/account/forgot-password", ("email", "nobody@example.com")));
    }

    [Fact]
    public async Task Lookup_PastTheLimit_Is429_PerAddressForAnonymous_PerAccountForSignedIn()
    {
        var lao = await LaoAsync();
        var url = $"/t/{lao.Code}/waste";
        (string, string)[] guess = [("HouseCode", "H-0001"), ("AccountNo", "A-0001"), ("BillNumber", "B-0001")];

        var anonymous = new FormClient(From(TestAddress.Unique()));
        for (var i = 1; i <= TestRateLimits.LookupsPerHour; i++)
        {
            AssertPassed(await anonymous.SubmitAsync(url, guess), $"anonymous look-up {i}");
        }
        AssertRefused(await anonymous.SubmitAsync(url, guess));
        AssertPassed(await new FormClient(From(TestAddress.Unique())).SubmitAsync(url, guess), "another address");

        // a signed-in account is counted as itself, wherever it comes from; another account at the same address is not
        var shared = TestAddress.Unique();
        var account = new FormClient(From(shared, Guid.NewGuid()));
        for (var i = 1; i <= TestRateLimits.LookupsPerHour; i++)
        {
            AssertPassed(await account.SubmitAsync(url, guess), $"signed-in look-up {i}");
        }
        AssertRefused(await account.SubmitAsync(url, guess));
        AssertPassed(await new FormClient(From(shared, Guid.NewGuid())).SubmitAsync(url, guess), "another account, same address");
    }

    [Fact]
    public async Task WrongClaimCodes_CountTowardTheLookupLimit_SoPastItEvenTheRightCodeWaits()
    {
        var world = await WasteFees.WasteWorld.CreateAsync(host);
        var point = await world.AddPointAsync(WasteFees.WasteWorld.House("30"));
        var caller = new FormClient(From(TestAddress.Unique()));
        for (var i = 1; i <= TestRateLimits.LookupsPerHour; i++)
        {
            var wrong = await caller.SubmitAsync(world.Path("/waste"), ("AccountNo", point.AccountNo), ("ClaimCode", ClaimCode.New()));
            Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        }
        AssertRefused(await caller.SubmitAsync(world.Path("/waste"), ("AccountNo", point.AccountNo), ("ClaimCode", point.ClaimCode)));

        var tax = await Tax.ResidentTaxWorld.CreateAsync(host);
        var owner = await tax.OwnerAsync(1_000_000m);
        var resident = tax.ResidentClient;
        for (var i = 1; i <= TestRateLimits.LookupsPerHour; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await tax.LinkAsync(resident, owner, ClaimCode.New())).StatusCode);
        }
        AssertRefused(await tax.LinkAsync(resident, owner));
        Assert.Null((await tax.PayerAsync(owner.PayerId)).UserId);
    }

    [Fact]
    public async Task BehindTheKnownProxy_EachForwardedClientHasItsOwnBudget_WhileNoOneElseCanForgeOne()
    {
        var lao = await LaoAsync();
        var url = $"/t/{lao.Code}/waste";
        (string, string)[] guess = [("HouseCode", "H-0001"), ("AccountNo", "A-0001"), ("BillNumber", "B-0001")];
        FormClient Via(string connection, string forwardedFor)
        {
            var client = From(connection);
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
            return new FormClient(client);
        }

        var first = Via(TestRateLimits.Proxy, TestAddress.Unique());
        for (var i = 1; i <= TestRateLimits.LookupsPerHour; i++)
        {
            AssertPassed(await first.SubmitAsync(url, guess), $"look-up {i} through the proxy");
        }
        AssertRefused(await first.SubmitAsync(url, guess));
        AssertPassed(await Via(TestRateLimits.Proxy, TestAddress.Unique()).SubmitAsync(url, guess), "another client through the proxy");

        // from anywhere else the header is ignored: a made-up address does not buy a fresh budget
        var direct = TestAddress.Unique();
        var forger = Via(direct, TestAddress.Unique());
        for (var i = 1; i <= TestRateLimits.LookupsPerHour; i++)
        {
            AssertPassed(await forger.SubmitAsync(url, guess), $"direct look-up {i}");
        }
        AssertRefused(await Via(direct, TestAddress.Unique()).SubmitAsync(url, guess));
    }

    [Fact]
    public async Task Calculator_IsExemptFromTheAnonymousLimit_AndHasItsOwn_AnsweredAsProblem()
    {
        var lao = await LaoAsync();
        var url = $"/t/{lao.Code}/api/tax/land-building/estimate";
        using var caller = From(TestAddress.Unique());
        for (var i = 1; i <= TestRateLimits.CalculationsPerMinute; i++) // more than the anonymous budget
        {
            using var body = new StringContent("""{"taxYear":2026,"use":"other","value":1000000}""", System.Text.Encoding.UTF8, "application/json");
            AssertPassed(await caller.PostAsync(url, body), $"estimate {i}");
        }

        using var last = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        var refused = await caller.PostAsync(url, last);
        AssertRefused(refused);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var other = From(TestAddress.Unique());
        using var fresh = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        AssertPassed(await other.PostAsync(url, fresh), "another address");
    }

    [Fact]
    public async Task Open311Post_IsCountedPerApiKey_NotInTheAddressBudget()
    {
        var lao = await Open311Lao.GetAsync(host, "rl" + Guid.NewGuid().ToString("N")[..10]);
        var (_, secondKey) = await lao.InScopeAsync(s => s.GetRequiredService<Open311Keys>().CreateAsync("Second app", null, CancellationToken.None));
        var url = $"{lao.Root}/requests.json";
        var address = TestAddress.Unique();
        using var app = From(address);
        async Task<HttpResponseMessage> PostAsync(HttpClient client, string? key)
        {
            (string Key, string Value)[] fields = key is null ? [("service_code", "none")] : [("api_key", key), ("service_code", "none")];
            return await client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))));
        }

        for (var i = 1; i <= TestRateLimits.ApiClientPerMinute; i++) // more than the anonymous budget of its address
        {
            AssertPassed(await PostAsync(app, lao.Key), $"keyed POST {i}");
        }
        var refused = await PostAsync(app, lao.Key);
        AssertRefused(refused);
        Assert.Equal(429, Assert.Single(new Open311Response(refused.StatusCode, refused.Content.Headers.ContentType?.ToString(),
            await refused.Content.ReadAsStringAsync()).Errors()).Code);
        AssertPassed(await PostAsync(app, secondKey), "another key from the same address");

        // without a key (or with a made-up one) the address's anonymous budget applies
        using var keyless = From(TestAddress.Unique());
        for (var i = 1; i <= TestRateLimits.AnonymousPerMinute; i++)
        {
            AssertPassed(await PostAsync(keyless, i % 2 == 0 ? null : "made-up-" + i), $"keyless POST {i}");
        }
        AssertRefused(await PostAsync(keyless, "made-up"));
    }
}

public sealed class SqliteRateLimitPolicyTests(RateLimitedSqliteHost host) : RateLimitPolicyTests(host), IClassFixture<RateLimitedSqliteHost>;

public sealed class PostgresRateLimitPolicyTests(RateLimitedPostgresHost host) : RateLimitPolicyTests(host), IClassFixture<RateLimitedPostgresHost>;

public sealed class MySqlRateLimitPolicyTests(RateLimitedMySqlHost host) : RateLimitPolicyTests(host), IClassFixture<RateLimitedMySqlHost>;
