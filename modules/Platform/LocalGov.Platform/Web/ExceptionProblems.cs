using LocalGov.Platform.MultiTenancy;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Platform.Web;

/// <summary>
/// Turns exceptions into answers a person can act on: a broken rule is 400 naming the field, a concurrency
/// conflict is 409, a cross-tenant write is 403, anything else 500 saying nothing was saved.
/// </summary>
internal sealed class ExceptionProblems : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
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
            case BadHttpRequestException bad:
                await Problems.WriteAsync(context, bad.StatusCode,
                    new Localization.LocalizedText("คำขอไม่ถูกต้อง: " + bad.Message, "Bad request: " + bad.Message));
                return true;
            default:
                await Problems.WriteAsync(context, StatusCodes.Status500InternalServerError, PlatformMessages.Unexpected);
                return true;
        }
    }
}
