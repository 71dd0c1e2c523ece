using Microsoft.Playwright;

namespace LocalGov.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser), against the running host. Screenshots of
/// key pages go to LOCALGOV_SCREENSHOTS, or screenshots/ beside the test output.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public RunningHost Host { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public string ScreenshotDirectory { get; } =
        Environment.GetEnvironmentVariable("LOCALGOV_SCREENSHOTS") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public Task InitializeAsync() => InitializeAsync(null);

    /// <summary>Starts the host with extra settings (configuration keys, e.g. "Email:SmtpPort").</summary>
    public async Task InitializeAsync(IDictionary<string, string>? settings, int? port = null)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        Host = await RunningHost.StartAsync(settings, port);
        _playwright = await Playwright.CreateAsync();
        var chromium = Environment.GetEnvironmentVariable("LOCALGOV_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 390, int height = 844)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height }, // a cheap phone first
            Locale = "th-TH",
        });
        return await context.NewPageAsync();
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
