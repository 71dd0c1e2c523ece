using System.Diagnostics;
using System.Security.Claims;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalGov.Platform.Auditing;

/// <summary>
/// Writes one audit entry per write request (POST, PUT, PATCH, DELETE) with its outcome, and for any request
/// that recorded an explicit action. The entry is saved in its own unit of work, so a failed request is logged too.
/// </summary>
internal sealed partial class AuditingMiddleware(RequestDelegate next, ILogger<AuditingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, AuditScope scope, ICurrentTenant currentTenant,
        IServiceScopeFactory scopes, TimeProvider clock)
    {
        var started = Stopwatch.GetTimestamp();
        var startedAt = clock.GetUtcNow().UtcDateTime;
        Exception? failure = null;
        try
        {
            await next(context);
        }
        catch (Exception ex)
        {
            failure = ex;
            throw;
        }
        finally
        {
            var isWrite = !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                || HttpMethods.IsOptions(context.Request.Method));
            if (isWrite || scope.Actions.Count > 0)
            {
                await WriteAsync(context, scope, scope.TenantOverridden ? scope.TenantOverride : currentTenant.Id, scopes, startedAt, Stopwatch.GetElapsedTime(started), failure);
            }
        }
    }

    private async Task WriteAsync(HttpContext context, AuditScope scope, Guid? tenantId, IServiceScopeFactory scopes,
        DateTime startedAt, TimeSpan elapsed, Exception? failure)
    {
        try
        {
            var status = failure is null ? context.Response.StatusCode : Web.ExceptionProblems.StatusFor(failure);
            var user = context.User;
            var action = $"{context.Request.Method} {context.Request.PathBase}{context.Request.Path}";
            var entry = new AuditLog(tenantId, user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name, action, startedAt)
            {
                StatusCode = status,
                Succeeded = failure is null && status < 400,
                Error = failure?.GetType().Name,
                ClientIp = context.Connection.RemoteIpAddress?.ToString(),
                DurationMs = (int)elapsed.TotalMilliseconds,
                Details = scope.Actions.Count == 0 ? null
                    : string.Join("; ", scope.Actions.Select(a => a.Details is null ? a.Action : $"{a.Action}: {a.Details}")),
            };
            foreach (var change in scope.Committed)
            {
                entry.AddChange(change);
            }

            await using var auditScope = scopes.CreateAsyncScope();
            var db = auditScope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            db.Add(entry);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogAuditFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the audit log entry")]
    private static partial void LogAuditFailed(ILogger logger, Exception exception);
}
