using LocalGov.Platform.Data;

namespace LocalGov.Platform.Emailing;

/// <summary>
/// A message waiting in the outbox. It is written in the caller's transaction, so it exists exactly when the
/// business change does; delivery happens later, with retries, and an SMTP outage only delays it.
/// </summary>
public sealed class OutboxEmail : INotAudited
{
    private OutboxEmail() { } // EF Core

    public OutboxEmail(Guid? tenantId, string to, string subject, string htmlBody, string textBody, DateTime createdAt)
    {
        TenantId = tenantId;
        To = to;
        Subject = subject;
        HtmlBody = htmlBody;
        TextBody = textBody;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid? TenantId { get; private set; }
    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTime? SentAt { get; private set; }
    public DateTime? FailedAt { get; private set; }
    public string? LastError { get; private set; }

    public void MarkSent(DateTime now)
    {
        SentAt = now;
        Attempts++;
        LastError = null;
    }

    /// <summary>Schedules the next try with exponential backoff; after <paramref name="maxAttempts"/> it stops for an operator to see.</summary>
    public void MarkFailed(DateTime now, string error, TimeSpan baseDelay, TimeSpan maxDelay, int maxAttempts)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        if (Attempts >= maxAttempts)
        {
            FailedAt = now;
            return;
        }
        NextAttemptAt = now + Backoff(Attempts, baseDelay, maxDelay);
    }

    public static TimeSpan Backoff(int attempts, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * factor, maxDelay.Ticks));
        return delay;
    }
}
