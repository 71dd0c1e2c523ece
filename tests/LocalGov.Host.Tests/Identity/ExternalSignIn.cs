using System.Net;
using System.Text.RegularExpressions;
using LocalGov.Host.Tests.Infrastructure;
using LocalGov.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LocalGov.Host.Tests.Identity;

/// <summary>
/// What the digital-ID sign-in tests share whatever the database: the people the providers know, and the steps a
/// person's browser takes through a provider. The hosts are <see cref="ExternalSignInSqliteHost"/>,
/// <see cref="ExternalSignInPostgresHost"/> and <see cref="ExternalSignInMySqlHost"/>.
/// </summary>
public static partial class ExternalSignIn
{
    public const string Callback = "http://localhost/signin-oidc-";

    public static readonly string SomchaiId = LocalGov.Thai.ThaiNationalId.Generate(new Random(22_301));
    public static readonly string HolderId = LocalGov.Thai.ThaiNationalId.Generate(new Random(22_302));
    public static readonly string OwnerId = LocalGov.Thai.ThaiNationalId.Generate(new Random(22_303));
    public static readonly string NewcomerId = LocalGov.Thai.ThaiNationalId.Generate(new Random(22_304));
    public static readonly string LinkerId = LocalGov.Thai.ThaiNationalId.Generate(new Random(22_305));

    /// <summary>Login names on the providers' login page and the claims each releases.</summary>
    public static readonly Dictionary<string, Dictionary<string, string>> Accounts = new()
    {
        ["somchai"] = new() { ["pid"] = SomchaiId, ["given_name"] = "สมชาย", ["family_name"] = "ใจดี" },
        ["holder"] = new() { ["pid"] = HolderId, ["given_name"] = "สมหญิง", ["family_name"] = "มีบัญชี" },
        ["owner"] = new() { ["pid"] = OwnerId, ["given_name"] = "มาลี", ["family_name"] = "ใจดี" },
        ["newcomer"] = new() { ["pid"] = NewcomerId, ["given_name"] = "ใหม่", ["family_name"] = "มาก่อน" },
        ["linker"] = new() { ["pid"] = LinkerId, ["given_name"] = "ประภา", ["family_name"] = "เชื่อมต่อ" },
        ["noid"] = new() { ["given_name"] = "ไม่มี", ["family_name"] = "เลขบัตร" },
        ["badid"] = new() { ["pid"] = "1234567890120", ["given_name"] = "เลข", ["family_name"] = "ผิด" },
    };

    /// <summary>A browser's cookie-keeping client for <paramref name="host"/>, redirects not followed.</summary>
    public static FormClient Browser(this LocalGovHost host) =>
        new(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    /// <summary>
    /// Presses <paramref name="provider"/>'s button on <paramref name="loginPage"/>, signs in on the provider's own login
    /// page as <paramref name="login"/> and consents, like a person would; returns the provider's redirect back to
    /// this host (the callback with the code), not yet followed. <paramref name="atProvider"/> is the person's browser at
    /// the provider (its own cookies).
    /// </summary>
    public static async Task<string> ThroughProviderAsync(FormClient browser, string provider, string login,
        string loginPage = "/account/login", HttpClient? atProvider = null, string? link = null)
    {
        var form = await browser.OpenAsync(loginPage);
        List<(string, string)> fields = [("provider", provider), ("returnUrl", ReturnUrl(await browser.GetPageAsync(loginPage)))];
        if (link is not null)
        {
            fields.Add(("link", "true"));
        }
        var start = await form.PostAsync(fields, "/account/external");
        Assert.True(start.StatusCode == HttpStatusCode.Redirect, $"The button answered {(int)start.StatusCode}: {await start.Content.ReadAsStringAsync()}");
        return await AtProviderAsync(start.Headers.Location!.AbsoluteUri, login, atProvider);
    }

    /// <summary>Follows the provider's pages from <paramref name="url"/>, filling its login and consent forms, until it sends the browser back here.</summary>
    public static async Task<string> AtProviderAsync(string url, string login, HttpClient? atProvider = null)
    {
        atProvider ??= new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() });
        HttpResponseMessage response = await atProvider.GetAsync(url);
        for (var step = 0; step < 12; step++)
        {
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                var next = new Uri(new Uri(url), response.Headers.Location!);
                if (next.Host == "localhost")
                {
                    return next.PathAndQuery;
                }
                url = next.AbsoluteUri;
                response = await atProvider.GetAsync(url);
                continue;
            }
            var html = await response.Content.ReadAsStringAsync();
            var action = FormAction().Match(html);
            Assert.True(action.Success, $"The provider answered {(int)response.StatusCode} without a form: {html[..Math.Min(html.Length, 600)]}");
            var fields = Inputs().Matches(html).Select(m => (m.Groups["name"].Value, m.Groups["value"].Success ? m.Groups["value"].Value : ""))
                .Select(f => f.Item1 switch { "login" => ("login", login), "password" => ("password", "any password"), _ => f })
                .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2));
            url = new Uri(new Uri(url), WebUtility.HtmlDecode(action.Groups[1].Value)).AbsoluteUri;
            response = await atProvider.PostAsync(url, new FormUrlEncodedContent(fields));
        }
        throw new InvalidOperationException("The provider never sent the browser back.");
    }

    private static string ReturnUrl(string loginPage) =>
        Regex.Matches(loginPage, "name=\"returnUrl\" value=\"([^\"]*)\"") is { Count: > 0 } found
            ? WebUtility.HtmlDecode(found[^1].Groups[1].Value) // the digital-ID form comes after the password form
            : "";

    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input[^>]*name=\"(?<name>[^\"]+)\"(?:[^>]*value=\"(?<value>[^\"]*)\")?")]
    private static partial Regex Inputs();
}

/// <summary>
/// Three digital-ID providers for one host, each a real oidc-provider process (<see cref="OidcProvider"/>) on its own
/// free port: <c>thaid</c> answers honestly; <c>forged</c> signs its ID tokens with a key other than the one it
/// publishes; <c>down</c> names an issuer on a port where nothing listens.
/// </summary>
public sealed class ExternalSignInProviders : IDisposable
{
    public OidcProvider ThaId { get; } = new("localgov-test", "thaid-secret", [ExternalSignIn.Callback + "thaid"], ExternalSignIn.Accounts);
    public OidcProvider Forged { get; } = new("localgov-test", "forged-secret", [ExternalSignIn.Callback + "forged"], ExternalSignIn.Accounts, forged: true);

    /// <summary>Starts the providers and names them in the host's settings.</summary>
    public void Configure(IDictionary<string, string> settings)
    {
        Task.WaitAll(ThaId.StartAsync(), Forged.StartAsync());
        foreach (var (key, value) in ThaId.HostSettings("thaid", "ไทยดี", "ThaID")
            .Concat(Forged.HostSettings("forged", "ผู้ให้บริการปลอม", "Forged provider")))
        {
            settings[key] = value;
        }
        // a provider configured but not answering: nothing listens on this port
        var down = new OidcProvider("localgov-test", "x", [ExternalSignIn.Callback + "down"], ExternalSignIn.Accounts);
        foreach (var (key, value) in down.HostSettings("down", "ผู้ให้บริการที่ล่ม", "Provider that is down"))
        {
            settings[key] = value;
        }
    }

    public void Dispose()
    {
        ThaId.Dispose();
        Forged.Dispose();
    }
}

/// <summary>The SQLite host with the digital-ID providers of <see cref="ExternalSignInProviders"/>.</summary>
public sealed class ExternalSignInSqliteHost : SqliteHost
{
    public ExternalSignInProviders Providers { get; } = new();

    protected override void Configure(IDictionary<string, string> settings)
    {
        base.Configure(settings);
        Providers.Configure(settings);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Providers.Dispose();
    }
}

/// <summary>The PostgreSQL host with the digital-ID providers of <see cref="ExternalSignInProviders"/>.</summary>
public sealed class ExternalSignInPostgresHost : PostgresHost
{
    public ExternalSignInProviders Providers { get; } = new();

    protected override void Configure(IDictionary<string, string> settings)
    {
        base.Configure(settings);
        Providers.Configure(settings);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Providers.Dispose();
    }
}

/// <summary>The MariaDB host with the digital-ID providers of <see cref="ExternalSignInProviders"/>.</summary>
public sealed class ExternalSignInMySqlHost : MySqlHost
{
    public ExternalSignInProviders Providers { get; } = new();

    protected override void Configure(IDictionary<string, string> settings)
    {
        base.Configure(settings);
        Providers.Configure(settings);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Providers.Dispose();
    }
}
