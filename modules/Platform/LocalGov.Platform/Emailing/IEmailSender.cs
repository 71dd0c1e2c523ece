namespace LocalGov.Platform.Emailing;

/// <summary>
/// Puts mail in the outbox of the current unit of work: it is saved by the caller's SaveChanges, in the caller's
/// transaction, and delivered later by a job. Sending never fails the caller's request because SMTP is down.
/// </summary>
public interface IEmailSender
{
    void Queue(string to, string subject, string textBody, string? htmlBody = null);

    /// <summary>Renders a template in the culture ("th" or "en"; anything else falls back to Thai) and queues it.</summary>
    void QueueTemplate(string to, string templateName, string culture, IReadOnlyDictionary<string, string> values);

    /// <summary>
    /// Renders a template as <see cref="QueueTemplate"/> does and hands the message back unqueued, for bulk work that
    /// writes many at once (<see cref="Data.BulkInsert"/>) in its own transaction. It touches no unit of work, so it
    /// may run on another thread beside the writes.
    /// </summary>
    OutboxEmail Compose(string to, string templateName, string culture, IReadOnlyDictionary<string, string> values);
}
