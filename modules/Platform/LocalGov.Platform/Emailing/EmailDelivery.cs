using LocalGov.Platform.Data;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocalGov.Platform.Emailing;

/// <summary>
/// Delivers due outbox messages over one SMTP session per batch: each one sent is marked at once, each failure is
/// recorded for that message alone and retried with exponential backoff.
/// </summary>
public sealed partial class EmailDelivery(
    LocalGovDbContext db,
    ISmtpTransport transport,
    IOptionsMonitor<EmailOptions> options,
    TimeProvider clock,
    ILogger<EmailDelivery> logger)
{
    /// <returns>How many messages were sent.</returns>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<OutboxEmail>()
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt)
            .Take(o.BatchSize)
            .ToListAsync(cancellationToken);

        if (due.Count == 0)
        {
            return 0;
        }

        var sent = 0;
        await using var session = await transport.OpenAsync(cancellationToken); // one connection for the batch
        foreach (var message in due)
        {
            try
            {
                await session.SendAsync(message, cancellationToken);
                message.MarkSent(clock.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var error = Describe(ex);
                message.MarkFailed(clock.GetUtcNow().UtcDateTime, error,
                    TimeSpan.FromSeconds(o.RetryBaseSeconds), TimeSpan.FromSeconds(o.RetryMaxSeconds), o.MaxAttempts);
                LogFailed(logger, message.Id, message.Attempts, error);
            }
            await db.SaveChangesAsync(CancellationToken.None); // each outcome is kept even if a later one fails
        }
        return sent;
    }

    /// <summary>What an operator reads in <c>last_error</c>: the error and, when it adds something, its root cause.</summary>
    internal static string Describe(Exception ex)
    {
        if (ex is SmtpCommandException refused)
        {
            return $"{(int)refused.StatusCode} {refused.Message}"; // MailKit keeps the server's code apart from its text
        }
        var root = ex.GetBaseException().Message;
        return ex.Message.Contains(root, StringComparison.Ordinal) ? ex.Message : $"{ex.Message} ({root})";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {MessageId} not delivered (attempt {Attempt}): {Error}")]
    private static partial void LogFailed(ILogger logger, Guid messageId, int attempt, string error);
}
