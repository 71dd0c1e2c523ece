using LocalGov.Platform.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Platform.Web;

/// <summary>Writes an error in the format a module's own protocol prescribes for the paths it owns.</summary>
public delegate Task ProblemWriter(HttpContext context, int status, LocalizedText message, string? type);

/// <summary>A module's error format for every request under <see cref="Prefix"/>.</summary>
public sealed record PathProblemWriter(PathString Prefix, ProblemWriter Write);

/// <summary>
/// Writes an error the way the caller reads it: RFC 7807 problem details for API clients, or a status page in
/// the site's layout for people (the message is passed on through <see cref="MessageItemKey"/>). A module whose
/// paths follow another protocol (Open311 answers <c>&lt;errors&gt;</c>) registers a writer for its path prefix
/// with <see cref="AddProblemWriter"/>; every error under that prefix, the platform's own included (unknown
/// tenant, feature off, rate limit, unexpected exception), then goes through it.
/// </summary>
public static class Problems
{
    public const string MessageItemKey = "LocalGov.ProblemMessage";

    /// <summary>Errors under <paramref name="prefix"/> are written by <paramref name="writer"/>.</summary>
    public static IServiceCollection AddProblemWriter(this IServiceCollection services, PathString prefix, ProblemWriter writer) =>
        services.AddSingleton(new PathProblemWriter(prefix, writer));

    public static bool WantsJson(HttpRequest request)
    {
        var path = request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/health") || WriterFor(request.HttpContext) is not null)
        {
            return true;
        }
        var accept = request.Headers.Accept.ToString();
        return !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    public static async Task WriteAsync(HttpContext context, int status, LocalizedText message, string? type = null)
    {
        if (context.Response.HasStarted)
        {
            return; // too late to change the status or write a body; the server ends the response
        }
        context.Items[MessageItemKey] = message;
        context.Response.StatusCode = status;
        if (WriterFor(context) is { } writer)
        {
            await writer.Write(context, status, message, type);
            return;
        }
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
            Instance = context.Request.PathBase + context.Request.Path,
        };
        problem.Extensions["title_th"] = message.Th;
        if (type is not null && type.StartsWith("field:", StringComparison.Ordinal))
        {
            // the same shape as ASP.NET's validation problems, so clients find the field where they look for it
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [type["field:".Length..]] = [message.Bilingual] };
        }
        await Results.Problem(problem).ExecuteAsync(context);
    }

    /// <summary>The registered writer with the longest prefix that covers the request's path, if any.</summary>
    private static PathProblemWriter? WriterFor(HttpContext context)
    {
        var writers = context.RequestServices?.GetService<IEnumerable<PathProblemWriter>>();
        if (writers is null)
        {
            return null;
        }
        PathProblemWriter? found = null;
        foreach (var writer in writers)
        {
            if (context.Request.Path.StartsWithSegments(writer.Prefix, StringComparison.OrdinalIgnoreCase) &&
                (found is null || writer.Prefix.Value!.Length > found.Prefix.Value!.Length))
            {
                found = writer;
            }
        }
        return found;
    }
}
