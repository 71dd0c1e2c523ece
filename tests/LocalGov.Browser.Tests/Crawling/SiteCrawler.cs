using System.Globalization;
using System.Text.RegularExpressions;
using LocalGov.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LocalGov.Browser.Tests.Crawling;

/// <summary>
/// Follows every same-site link of the pages a persona can reach, breadth first, from where they enter: opens each
/// page as a click would (a GET in the persona's own browser context, with their cookies) and records what a person
/// would meet as broken — a page, script, style, image or font answering 4xx/5xx, a link to another host or port
/// (or to the developer default localhost:5080), a page mixing the two languages. Never submits a form, so it
/// changes nothing; links that sign out or switch the language are not followed, downloads are checked by status only.
/// </summary>
internal sealed partial class SiteCrawler
{
    /// <summary>Pages of one kind (same path with the numbers and codes taken out) opened at most this often: breadth over a hundred complaints.</summary>
    private const int PagesPerKind = 2;

    /// <summary>
    /// Other sites a page may link to on purpose, each for a reason. Everything else on another host or port is a
    /// person falling off the site (or a developer's address leaking into a page).
    /// </summary>
    private static readonly Dictionary<string, string> OutsideSites = new(StringComparer.OrdinalIgnoreCase)
    {
        ["www.openstreetmap.org"] = "the map data's licence requires the attribution link",
        ["leafletjs.com"] = "Leaflet's attribution link on every map",
    };

    /// <summary>Images from another site, each for a reason.</summary>
    private static readonly Dictionary<string, string> OutsideImages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tile.openstreetmap.org"] = "the map's tiles: OpenStreetMap's tile server, as the operators' guide documents",
    };

    private readonly BrowserFixture _fixture;
    private readonly Persona _persona;
    private readonly string _locale;
    private readonly List<string> _failures = [];
    private string _current = "(signing in)";
    private List<string> _laos = [];
    private string _referrer = "(typed)";

    public SiteCrawler(BrowserFixture fixture, Persona persona, string locale = "th-TH")
    {
        _fixture = fixture;
        _persona = persona;
        _locale = locale;
        // a host name other than the one the site is configured with (Site:PublicUrl names 127.0.0.1), on the test's
        // own port: absolute addresses built from configuration or a default show up as links to another host
        Origin = fixture.Host.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
    }

    public string Origin { get; }

    public IReadOnlyList<string> Failures => _failures;

    public List<string> Visited { get; } = [];

    /// <summary>Clicks from the entry page to the deepest page opened.</summary>
    public int Deepest { get; private set; }

    /// <summary>Pages two or more clicks deep opened even when the page budget went on a long menu (a tenant admin's).</summary>
    private const int MinDeeperPages = 10;

    /// <summary>
    /// Crawls from <paramref name="entries"/> to <paramref name="depth"/> clicks deep, opening about <paramref name="maxPages"/>
    /// pages: every page one click from an entry, then deeper ones up to the budget but at least <see cref="MinDeeperPages"/>.
    /// </summary>
    public async Task CrawlAsync(IReadOnlyList<string> entries, int depth, int maxPages)
    {
        var context = await _fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Origin,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = _locale,
        });
        try
        {
            var page = await context.NewPageAsync();
            page.Response += (_, response) => Record(page, response);
            await _persona.SignInAsync(page);
            if (_locale.StartsWith("en", StringComparison.Ordinal))
            {
                // the site is Thai first whatever the browser asks for; a reader picks English with the switch
                await page.GotoAsync(entries[0]);
                await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
                await page.Locator("html[lang=en]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            }
            _laos = entries.Where(e => e.StartsWith("/t/", StringComparison.Ordinal)).Select(e => string.Join('/', e.Split('/').Take(3)) + "/").Distinct().ToList();

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
            var queue = new Queue<(string Url, string From, int Depth)>();
            foreach (var entry in entries)
            {
                var url = Origin + entry;
                seen.Add(url);
                queue.Enqueue((url, "(entered)", 0));
            }
            var deeper = 0;
            while (queue.Count > 0)
            {
                var (url, from, level) = queue.Dequeue();
                if (level >= 2 && Visited.Count >= maxPages && deeper >= MinDeeperPages)
                {
                    break; // breadth first: everything still queued is as deep or deeper
                }
                var kind = Kind(url);
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                if (kinds[kind] > PagesPerKind)
                {
                    continue;
                }
                _current = url;
                _referrer = from;
                var links = await OpenAsync(context, page, url);
                Visited.Add(url);
                Deepest = Math.Max(Deepest, level);
                deeper += level >= 2 ? 1 : 0;
                if (level >= depth)
                {
                    continue;
                }
                foreach (var link in links)
                {
                    if (seen.Add(link))
                    {
                        queue.Enqueue((link, page.Url, level + 1));
                    }
                }
            }
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Opens one address and checks it; answers the same-site links worth following.</summary>
    private async Task<IReadOnlyList<string>> OpenAsync(IBrowserContext context, IPage page, string url)
    {
        IResponse? response;
        try
        {
            response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        }
        catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal))
        {
            var download = await context.APIRequest.GetAsync(url, new() { MaxRedirects = 5 });
            if (download.Status >= 400)
            {
                Fail($"{download.Status} download {url}");
            }
            return [];
        }
        if (response is null || !(await response.HeaderValueAsync("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal))
        {
            return []; // JSON, a feed, an image: its status is recorded, there is nothing to read
        }

        var targets = await page.EvalOnSelectorAllAsync<Target[]>(
            "a[href], form[action], link[href], script[src], img[src], iframe[src]",
            """
            els => els.map(e => ({
              url: e.tagName === 'A' || e.tagName === 'LINK' ? e.href : e.tagName === 'FORM' ? e.action : e.src,
              tag: e.tagName.toLowerCase(),
              download: e.hasAttribute('download'),
              text: (e.innerText || e.getAttribute('aria-label') || '').trim().slice(0, 40)
            }))
            """);
        var follow = new List<string>();
        var origin = new Uri(Origin);
        foreach (var target in targets)
        {
            if (!Uri.TryCreate(target.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                continue; // mailto:, tel:, data: images, javascript:
            }
            if (uri.Port == 5080 && uri.IsLoopback)
            {
                Fail($"<{target.Tag}> '{target.Text}' points at the developer default {target.Url}");
                continue;
            }
            if (uri.Host != origin.Host || uri.Port != origin.Port || uri.Scheme != origin.Scheme)
            {
                if (!(target.Tag == "a" && OutsideSites.ContainsKey(uri.Host)) && !(target.Tag == "img" && OutsideImages.ContainsKey(uri.Host)))
                {
                    Fail($"<{target.Tag}> '{target.Text}' points at another host: {target.Url}");
                }
                continue;
            }
            if (target.Tag == "a" && !Skipped(uri) && InScope(uri))
            {
                var address = uri.GetLeftPart(UriPartial.Query);
                if (target.Download)
                {
                    var download = await context.APIRequest.GetAsync(address, new() { MaxRedirects = 5 });
                    if (download.Status >= 400)
                    {
                        Fail($"{download.Status} download {address} ('{target.Text}')");
                    }
                }
                else
                {
                    follow.Add(address);
                }
            }
        }
        await CheckLanguageAsync(page);
        return follow;
    }

    /// <summary>
    /// A Thai page shows no English word of the UI's own texts (an untranslated or "ไทย / English" text); an English
    /// page shows no text that joins Thai and English with a slash. Text an element declares to be in the other
    /// language (<c>lang="en"</c> on a bilingual certificate), codes (<c>code</c>, <c>translate="no"</c>), e-mail and
    /// web addresses, identifiers (food-licence, Tax.Assess, title-deed.pdf) and all-capital codes (SHOP, PDF) are not
    /// the page's language and are left out.
    /// </summary>
    private async Task CheckLanguageAsync(IPage page)
    {
        var language = await page.GetAttributeAsync("html", "lang");
        var text = await page.EvaluateAsync<string>(
            """
            lang => {
              const own = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const parent = node.parentElement;
                if (!parent || parent.closest('script, style, template, code, kbd, samp, [translate=no]')) continue;
                if ((parent.closest('[lang]')?.getAttribute('lang') ?? lang).slice(0, 2) !== lang) continue;
                if (!parent.checkVisibility() && !parent.closest('.visually-hidden, .sr-only')) continue;
                own.push(node.textContent);
              }
              return own.join('\n');
            }
            """, language);
        foreach (var raw in text.Split('\n'))
        {
            var line = AddressPattern().Replace(raw, " ");
            if (line.Trim().Length == 0)
            {
                continue;
            }
            if (language == "th")
            {
                var english = WordPattern().Matches(line).Select(m => m.Value).Where(w => w.Any(char.IsLower))
                    .Select(w => w.ToLowerInvariant()).Where(UiVocabulary.EnglishWords.Contains).Distinct().ToList();
                if (english.Count > 0)
                {
                    Fail($"Thai page shows English ({string.Join(", ", english)}): \"{Shorten(raw)}\"");
                }
            }
            else if (JoinedPattern().IsMatch(line))
            {
                Fail($"English page joins Thai and English: \"{Shorten(raw)}\"");
            }
        }
    }

    private void Record(IPage page, IResponse response)
    {
        if (response.Status >= 400)
        {
            var request = response.Request;
            var what = request.ResourceType == "document" ? "page" : request.ResourceType;
            Fail($"{response.Status} {what} {response.Url}" + (request.ResourceType == "document" ? "" : $" (loaded by {page.Url})"));
        }
    }

    private void Fail(string what)
    {
        lock (_failures)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"[{_persona.Name}, {_locale}] {what} — on {_current}, reached from {_referrer}");
            if (!_failures.Contains(line))
            {
                _failures.Add(line);
            }
        }
    }

    /// <summary>
    /// Pages outside every LAO, and those of the LAOs the persona entered: a staff account is refused at another LAO
    /// by design (docs/security.md), so the site's list of LAOs is not followed into them.
    /// </summary>
    private bool InScope(Uri uri)
    {
        var path = uri.AbsolutePath;
        return !path.StartsWith("/t/", StringComparison.Ordinal)
            || _laos.Any(lao => path.StartsWith(lao, StringComparison.Ordinal));
    }

    /// <summary>Links that change state on a GET or leave the session: signing out, switching the language.</summary>
    private static bool Skipped(Uri uri) =>
        uri.AbsolutePath.EndsWith("/logout", StringComparison.Ordinal)
        || uri.Query.Contains("culture=", StringComparison.OrdinalIgnoreCase);

    /// <summary>The address with every segment that carries a number, code or id replaced, and query values dropped.</summary>
    private static string Kind(string url)
    {
        var uri = new Uri(url);
        var path = string.Join('/', uri.AbsolutePath.Split('/').Select(s => s.Any(char.IsDigit) || s.Length > 24 ? "*" : s));
        var keys = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal));
        return path + "?" + keys;
    }

    private static string Shorten(string line) => line.Length <= 120 ? line.Trim() : line.Trim()[..120] + "…";

    /// <summary>One link or asset reference of a page (settable: Playwright fills it from the page's JSON).</summary>
    private sealed class Target
    {
        public string Url { get; set; } = "";
        public string Tag { get; set; } = "";
        public bool Download { get; set; }
        public string Text { get; set; } = "";
    }

    // a word, not part of an identifier or path (food-licence, Tax.Assess, …/tax/my/link, title-deed.pdf)
    [GeneratedRegex(@"(?<![-\w./@:])[A-Za-z]{3,}(?!\w|[-./@:]\w)")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\S+@\S+|https?://\S+|\b[\w.-]+\.(?:local|com|org|th|net)\b")]
    private static partial Regex AddressPattern();

    // "ไทย / English" or "English / ไทย": two texts for the same thing, one per language
    [GeneratedRegex(@"[\u0E00-\u0E7F][^/\n]{0,60}\s/\s[^\u0E00-\u0E7F/\n]*[A-Za-z]{3,}|[A-Za-z]{3,}[^/\n\u0E00-\u0E7F]{0,60}\s/\s[^/\n]*[\u0E00-\u0E7F]")]
    private static partial Regex JoinedPattern();
}
