using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace LocalGov.Platform.Web;

/// <summary>
/// Headers every response carries: no framing, no sniffing, a strict same-origin content policy. The one outside
/// origin allowed is the map tile server's (<c>Maps:TileUrl</c>, OpenStreetMap by default), for images only; and a
/// form may lead only here or to the origins a module names in <see cref="ContentSecurityOptions.FormActionOrigins"/>
/// (a digital-ID provider's sign-in page, reached by a redirect from a form's POST, which browsers check too).
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IConfiguration configuration,
    Microsoft.Extensions.Options.IOptions<ContentSecurityOptions> options)
{
    private readonly string _contentSecurityPolicy =
        $"default-src 'self'; img-src 'self' data: blob:{TileOrigin(configuration)}; style-src 'self'; script-src 'self'; font-src 'self'; " +
        $"connect-src 'self'; frame-ancestors 'none'; form-action 'self'{string.Concat(options.Value.FormActionOrigins.Distinct().Select(o => " " + o))}; " +
        "base-uri 'self'; object-src 'none'";

    private static string TileOrigin(IConfiguration configuration)
    {
        var url = configuration["Maps:TileUrl"] ?? "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
        var host = url.Replace("{s}", "*", StringComparison.Ordinal).Split("/{", 2)[0];
        return Uri.TryCreate(host.Replace("*.", "x.", StringComparison.Ordinal), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? " " + (host.Contains("*.", StringComparison.Ordinal) ? $"{uri.Scheme}://*.{uri.Authority[2..]}" : uri.GetLeftPart(UriPartial.Authority))
            : "";
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["X-Frame-Options"] = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(self), geolocation=(self), microphone=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers["Content-Security-Policy"] = _contentSecurityPolicy;
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}

/// <summary>What modules add to the content security policy.</summary>
public sealed class ContentSecurityOptions
{
    /// <summary>Origins (scheme://host[:port]) a form's POST may lead to besides this site, e.g. an OpenID Connect provider.</summary>
    public List<string> FormActionOrigins { get; } = [];
}
