using LocalGov.Browser.Tests.Infrastructure;

namespace LocalGov.Browser.Tests.Entering;

/// <summary>One host for the class, started with <c>Site:PublicUrl</c> empty, as a fresh checkout runs.</summary>
public sealed class UnconfiguredSite : IAsyncLifetime
{
    public BrowserFixture Browser { get; } = new();

    public Task InitializeAsync() => Browser.InitializeAsync(new Dictionary<string, string>
    {
        ["Site:PublicUrl"] = "",
        ["Email:PollSeconds"] = "1",
        ["Email:RetryBaseSeconds"] = "1",
    });

    public Task DisposeAsync() => Browser.DisposeAsync();
}
