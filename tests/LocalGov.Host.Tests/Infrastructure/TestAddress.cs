using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace LocalGov.Host.Tests.Infrastructure;

/// <summary>
/// TestServer gives every request the same (empty) remote address; a host that adds this filter takes it from the
/// <see cref="Header"/> header instead, before anything else runs, so a test can be several callers at once.
/// </summary>
public sealed class TestAddress : IStartupFilter
{
    public const string Header = "X-Test-Address";

    private static int _next;

    /// <summary>An address no other test of this run uses.</summary>
    public static string Unique()
    {
        var n = Interlocked.Increment(ref _next);
        return $"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}";
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }
            return nextMiddleware(context);
        });
        next(app);
    };
}
