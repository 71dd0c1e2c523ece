using Microsoft.Playwright;

namespace LocalGov.Browser.Tests.Infrastructure;

/// <summary>
/// A person arriving from outside — a link on the LAO's website, a mailed link, a bookmark: a fresh browser context
/// (no cookies, no earlier page), on the address they were given (127.0.0.1 or localhost, on the host's own port).
/// Records every script, style, image or font that fails to load on any page it opens.
/// </summary>
internal sealed class FreshVisitor : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _failedAssets = [];

    private FreshVisitor(IBrowserContext context, IPage page, string origin)
    {
        _context = context;
        Page = page;
        Origin = origin;
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType is "script" or "stylesheet" or "image" or "font")
            {
                lock (_failedAssets)
                {
                    _failedAssets.Add($"{response.Status} {response.Url} (on {page.Url})");
                }
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Scheme, host and port the person typed, e.g. http://localhost:41234.</summary>
    public string Origin { get; }

    /// <summary>A phone (375×740) unless told otherwise; <paramref name="viaLocalhost"/> enters by "localhost" instead of 127.0.0.1.</summary>
    public static async Task<FreshVisitor> ArriveAsync(BrowserFixture fixture, bool viaLocalhost = false, int width = 375, int height = 740)
    {
        var origin = viaLocalhost ? fixture.Host.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) : fixture.Host.BaseUrl;
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = origin,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "th-TH",
        });
        return new FreshVisitor(context, await context.NewPageAsync(), origin);
    }

    /// <summary>Fails when any script, style, image or font of the pages opened so far answered 4xx or 5xx.</summary>
    public void AssertEveryAssetLoaded()
    {
        lock (_failedAssets)
        {
            Assert.True(_failedAssets.Count == 0, "Assets that did not load:\n" + string.Join('\n', _failedAssets));
        }
    }

    /// <summary>
    /// Fails when a link, form, script, style or image of the current page points at another host or port than the
    /// one the person came by, or (with <paramref name="withinLaos"/>) at a page outside every LAO's <c>/t/{code}</c>
    /// address (the site's own scripts and styles aside): the person would fall out of the LAO they are using.
    /// </summary>
    public async Task AssertLinksStayAsync(bool withinLaos = false)
    {
        var wrong = await StrayLinksAsync(withinLaos);
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    /// <summary>What <see cref="AssertLinksStayAsync"/> fails on, each line naming the page: for checking several pages at once.</summary>
    public async Task<IReadOnlyList<string>> StrayLinksAsync(bool withinLaos = false)
    {
        var targets = await Page.EvalOnSelectorAllAsync<string[]>(
            "a[href], form[action], link[href], script[src], img[src]",
            "els => els.map(e => e.getAttribute('href') !== null ? e.href : e.getAttribute('action') !== null ? e.action : e.src)");
        var origin = new Uri(Origin);
        var wrong = new List<string>();
        foreach (var target in targets)
        {
            if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                continue; // mailto:, tel:, data: images
            }
            if (uri.Scheme != origin.Scheme || uri.Host != origin.Host || uri.Port != origin.Port)
            {
                wrong.Add($"{Page.Url}: {target} leaves {Origin}");
            }
            else if (withinLaos && !uri.AbsolutePath.StartsWith("/t/", StringComparison.Ordinal) && !IsSiteAsset(uri.AbsolutePath))
            {
                wrong.Add($"{Page.Url}: {target} leaves the LAO");
            }
        }
        return wrong;
    }

    /// <summary>
    /// Opens <paramref name="address"/>, which needs an account: signs in on the page the site sends the person to
    /// (which must still be the LAO's: <paramref name="loginPrefix"/>) and waits to be back at the address.
    /// </summary>
    public async Task SignInFromAsync(string address, string email, string loginPrefix)
    {
        await Page.GotoAsync(address);
        var login = new Uri(Page.Url);
        Assert.True(login.AbsolutePath.StartsWith(loginPrefix + "/account/login", StringComparison.Ordinal), $"Sent to sign in at {Page.Url}");
        await Page.FillAsync("#email", email);
        await Page.FillAsync("#password", DemoSignIn.Password);
        await Page.Locator("form.form button[type=submit]").ClickAsync();
        await Page.WaitForAddressAsync(Origin + address);
    }

    private static bool IsSiteAsset(string path) =>
        path.StartsWith("/css/", StringComparison.Ordinal) || path.StartsWith("/js/", StringComparison.Ordinal) || path.StartsWith("/lib/", StringComparison.Ordinal);

    public ValueTask DisposeAsync() => new(_context.CloseAsync());
}
