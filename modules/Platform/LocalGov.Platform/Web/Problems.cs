using LocalGov.Platform.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Platform.Web;

/// <summary>
/// Writes an error the way the caller reads it: RFC 7807 problem details for API clients, or a status page in
/// the site's layout for people (the message is passed on through <see cref="MessageItemKey"/>).
/// </summary>
public static class Problems
{
    public const string MessageItemKey = "LocalGov.ProblemMessage";

    public static bool WantsJson(HttpRequest request)
    {
        var path = request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/open311") || path.StartsWithSegments("/health"))
        {
            return true;
        }
        var accept = request.Headers.Accept.ToString();
        return !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    public static async Task WriteAsync(HttpContext context, int status, LocalizedText message, string? type = null)
    {
        context.Items[MessageItemKey] = message;
        context.Response.StatusCode = status;
        if (!WantsJson(context.Request))
        {
            return; // the status-code page renders the message in the layout
        }

        var problem = new ProblemDetails
        {
            Status = status,
            Title = message.En,
            Detail = message.Bilingual,
            Type = type,
            Instance = context.Request.Path,
        };
        problem.Extensions["title_th"] = message.Th;
        await Results.Problem(problem).ExecuteAsync(context);
    }
}
