using LocalGov.Platform.MultiTenancy;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Platform.Web;

/// <summary>
/// Turns exceptions into answers a person can act on: a broken rule is 400 naming the field (a text longer than its
/// column is one, <see cref="Data.ValueTooLongException"/>), a concurrency
/// conflict is 409, a cross-tenant write is 403, a body that cannot be read 400 or 413 (<see cref="MalformedRequests"/>),
/// anything else 500 saying nothing was saved.
/// </summary>
internal sealed partial class ExceptionProblems(Microsoft.Extensions.Logging.ILogger<ExceptionProblems> logger) : IExceptionHandler
{
    /// <summary>The status an exception is answered with; the audit log records the same.</summary>
    public static int StatusFor(Exception exception) => exception switch
    {
        BusinessRuleException rule => rule.StatusCode,
        DbUpdateConcurrencyException => StatusCodes.Status409Conflict,
        CrossTenantWriteException => StatusCodes.Status403Forbidden,
        AntiforgeryValidationException => StatusCodes.Status400BadRequest,
        _ => MalformedRequests.Classify(exception)?.Status ?? StatusCodes.Status500InternalServerError,
    };

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case Data.ValueTooLongException tooLong:
                await Problems.WriteAsync(context, tooLong.StatusCode, tooLong.UserMessage, "value-too-long");
                return true;
            case BusinessRuleException rule:
                if (rule.Field is not null)
                {
                    context.Items["LocalGov.ProblemField"] = rule.Field;
                }
                await Problems.WriteAsync(context, rule.StatusCode, rule.UserMessage, rule.Field is null ? null : $"field:{rule.Field}");
                return true;
            case DbUpdateConcurrencyException:
                await Problems.WriteAsync(context, StatusCodes.Status409Conflict, PlatformMessages.Conflict, "concurrency-conflict");
                return true;
            case CrossTenantWriteException:
                await Problems.WriteAsync(context, StatusCodes.Status403Forbidden, PlatformMessages.Forbidden, "cross-tenant-write");
                return true;
            case AntiforgeryValidationException:
                await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, PlatformMessages.FormExpired, "antiforgery");
                return true;
            case BadHttpRequestException when context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }:
                // a minimal-API form whose antiforgery check failed: the same words as a Razor form's
                await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, PlatformMessages.FormExpired, "antiforgery");
                return true;
            case var _ when MalformedRequests.Classify(exception) is { } malformed:
                await Problems.WriteAsync(context, malformed.Status, malformed.Message, "malformed-request");
                return true;
            case BadHttpRequestException bad:
                // the exception's text is for developers (parameter names, binding details); the log keeps it
                LogBadRequest(logger, bad.Message, context.Request.Method, context.Request.Path);
                await Problems.WriteAsync(context, bad.StatusCode, PlatformMessages.BadRequest);
                return true;
            default:
                LogUnexpected(logger, exception, context.Request.Method, context.Request.Path);
                await Problems.WriteAsync(context, StatusCodes.Status500InternalServerError, PlatformMessages.Unexpected);
                return true;
        }
    }

    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnexpected(Microsoft.Extensions.Logging.ILogger logger, Exception exception, string method, string path);

    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Information, Message = "Bad request ({Reason}) for {Method} {Path}")]
    private static partial void LogBadRequest(Microsoft.Extensions.Logging.ILogger logger, string reason, string method, string path);
}
