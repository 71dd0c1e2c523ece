using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LocalGov.Platform.Tests.Web;

/// <summary>A module's own error format for its path prefix: every error under it goes through the module's writer.</summary>
public sealed class ProblemWriterTests
{
    private readonly List<(string Writer, int Status, LocalizedText Message, string? Type)> written = [];

    private HttpContext Request(string path)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails();
        services.AddProblemWriter("/feeds", (_, status, message, type) => Record("feeds", status, message, type));
        services.AddProblemWriter("/feeds/v2", (_, status, message, type) => Record("feeds-v2", status, message, type));
        var context = new DefaultHttpContext { RequestServices = services.BuildServiceProvider() };
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        return context;
    }

    private Task Record(string writer, int status, LocalizedText message, string? type)
    {
        written.Add((writer, status, message, type));
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ErrorUnderARegisteredPrefix_GoesToItsWriter_TheLongestPrefixWinning()
    {
        await Problems.WriteAsync(Request("/feeds/daily.xml"), 404, PlatformMessages.NotFound, "unknown-tenant");
        await Problems.WriteAsync(Request("/FEEDS/v2/items.json"), 429, PlatformMessages.TooManyRequests);
        Assert.Equal([("feeds", 404, PlatformMessages.NotFound, "unknown-tenant"), ("feeds-v2", 429, PlatformMessages.TooManyRequests, null)], written);
    }

    [Fact]
    public async Task ErrorElsewhere_IsProblemDetails_AndAPageRequestIsLeftToTheStatusPage()
    {
        var api = Request("/api/parks");
        await Problems.WriteAsync(api, 404, PlatformMessages.NotFound);
        Assert.Empty(written);
        Assert.StartsWith("application/problem+json", api.Response.ContentType, StringComparison.Ordinal);

        var page = Request("/feedsmore/x");
        page.Request.Headers.Accept = "text/html";
        await Problems.WriteAsync(page, 404, PlatformMessages.NotFound);
        Assert.Empty(written); // "/feedsmore" is not under the "/feeds" segment
        Assert.Equal(0, page.Response.Body.Length);
        Assert.True(Problems.WantsJson(Request("/feeds/x").Request));
    }

    [Fact]
    public async Task UnexpectedException_UnderARegisteredPrefix_Is500ThroughTheWriter()
    {
        var context = Request("/feeds/daily.xml");
        var handled = await new ExceptionProblems(NullLogger<ExceptionProblems>.Instance)
            .TryHandleAsync(context, new InvalidOperationException("boom"), CancellationToken.None);
        Assert.True(handled);
        Assert.Equal(("feeds", 500), (Assert.Single(written).Writer, written[0].Status));
        Assert.Equal(PlatformMessages.Unexpected, written[0].Message);
    }
}
