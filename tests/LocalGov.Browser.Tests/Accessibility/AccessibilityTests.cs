using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LocalGov.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LocalGov.Browser.Tests.Accessibility;

/// <summary>
/// Issue 21: axe-core on every key page of each audience, on a phone (390×844) and a desktop (1280×800), finds no
/// serious or critical violation: LAO home, complaint list and filing (both with maps), tracking, permit apply, tax
/// estimator, my taxes and a notice, bills, account, staff home and queues, cashier, province console. Pages that
/// need an id (a tracking code, a permit type) are reached by following the first link to one, as a person would.
/// Each axe run costs about 4 s on the 2-core test machine, so the list stays at the pages people use most.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly (int Width, int Height)[] Sizes = [(390, 844), (1280, 800)];

    /// <summary>Violations only: the passes of every rule on every element are most of axe's work to report, and of no use here.</summary>
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    public static TheoryData<string> Personas => new() { "anonymous", "resident", "complaints-officer", "revenue-officer", "cashier", "provincial-admin" };

    /// <summary>Key pages per persona: a plain address, or "address → link selector" to open the first matching link there.</summary>
    private static string[] KeyPages(string persona) => persona switch
    {
        "anonymous" =>
        [
            "/t/demo-city/", "/t/demo-city/complaints", "/t/demo-city/complaints/new",
            "/t/demo-city/complaints → a[href*='/complaints/track/']", "/t/demo-city/permits → a[href$='/apply']",
            "/t/demo-city/tax/estimate",
        ],
        "resident" => ["/t/demo-city/tax/my", "/t/demo-city/tax/my → a[href*='/tax/my/LBT-']", "/t/demo-city/my/bills", "/t/demo-city/account"],
        "complaints-officer" => ["/t/demo-city/staff", "/t/demo-city/staff/complaints"],
        "revenue-officer" => ["/t/demo-city/staff/tax/dashboard", "/t/demo-city/staff/tax/assessment"],
        "cashier" => ["/t/demo-city/cashier"],
        "provincial-admin" => ["/console"],
        _ => throw new ArgumentOutOfRangeException(nameof(persona)),
    };

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task KeyPages_AtPhoneAndDesktopSizes_HaveNoSeriousOrCriticalViolation(string persona)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Host.BaseUrl,
            ViewportSize = new ViewportSize { Width = Sizes[0].Width, Height = Sizes[0].Height },
            Locale = "th-TH",
        });
        var page = await context.NewPageAsync();
        await Persona.Named(persona).SignInAsync(page);
        var found = new List<string>();
        var checkedPages = 0;
        foreach (var key in KeyPages(persona))
        {
            var parts = key.Split(" → ");
            var address = parts[0];
            if (parts.Length > 1)
            {
                await page.GotoAsync(parts[0]);
                var link = page.Locator(parts[1]).First;
                Assert.True(await link.CountAsync() > 0, $"{parts[0]} has no link {parts[1]} to follow");
                address = await link.EvaluateAsync<string>("a => a.href");
            }
            foreach (var (width, height) in Sizes)
            {
                // each size opens the page afresh, as a phone or a desktop would: its scripts see that size from the start
                await page.SetViewportSizeAsync(width, height);
                await page.GotoAsync(address, new() { WaitUntil = WaitUntilState.Load });
                var result = await page.RunAxe(ViolationsOnly);
                checkedPages++;
                foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
                {
                    var where = string.Join("; ", violation.Nodes.Take(3).Select(n => string.Join(" ", n.Target.ToString())));
                    found.Add($"[{persona}, {width}×{height}] {page.Url}: {violation.Impact} {violation.Id} — {violation.Help} ({violation.Nodes.Length} elements: {where})");
                }
            }
        }
        await context.CloseAsync();
        output.WriteLine($"{persona}: {checkedPages} page checks, {found.Count} serious or critical violations");
        Assert.True(found.Count == 0, string.Join('\n', found));
    }
}
