using System.Security.Claims;
using LocalGov.Platform.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalGov.Platform.Auditing;

/// <summary>
/// Audits requests refused before they reach an endpoint's own audit (a staff account entering another LAO: 403;
/// a rate limit: 429), without letting a flood write a row per request. Per node and per minute, the first refusal
/// of each client address for each reason is written in full; later ones in that minute are only counted, and the
/// first refusal of the next minute writes one summary row with how many were not written. At most
/// <see cref="MaxClientsPerMinute"/> clients a minute are written individually (past that they are counted too), so
/// one node writes at most <see cref="MaxClientsPerMinute"/> + 1 rows a minute whatever the flood.
/// </summary>
public sealed partial class RefusalAudit(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RefusalAudit> logger)
{
    public const int MaxClientsPerMinute = 1000;
    public const string SummaryAction = "Refusals.NotWrittenIndividually";

    private readonly Lock _gate = new();
    private long _minute = -1;
    private HashSet<string> _seen = new(StringComparer.Ordinal);
    private int _suppressed;

    public async Task RecordAsync(HttpContext context, int status, string reason, Guid? tenantId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var minute = now.Ticks / TimeSpan.TicksPerMinute;
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        int summary = 0;
        bool write;
        lock (_gate)
        {
            if (minute != _minute)
            {
                summary = _suppressed;
                _suppressed = 0;
                _seen = new(StringComparer.Ordinal);
                _minute = minute;
            }
            write = _seen.Count < MaxClientsPerMinute && _seen.Add(reason + " " + client);
            if (!write)
            {
                _suppressed++;
            }
        }
        if (summary > 0)
        {
            await SaveAsync(new AuditLog(null, null, null, SummaryAction, now)
            {
                Details = $"{summary} refused requests in the previous minute were counted, not written one by one",
                Succeeded = false,
            });
        }
        if (write)
        {
            var user = context.User;
            await SaveAsync(new AuditLog(tenantId, user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name,
                $"{context.Request.Method} {context.Request.PathBase}{context.Request.Path}", now)
            {
                StatusCode = status,
                Succeeded = false,
                Error = reason,
                ClientIp = client,
                Details = $"Refused before the endpoint ({reason}); further refusals of this address for this reason in the same minute are counted, not written",
            });
        }
    }

    private async Task SaveAsync(AuditLog entry)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            db.Add(entry);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the audit entry of a refused request")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
