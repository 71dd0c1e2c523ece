namespace LocalGov.Platform.Emailing;

/// <summary>Hands messages to the mail server, many over one connection.</summary>
public interface ISmtpTransport
{
    /// <summary>
    /// Starts a session for a batch of messages. It does not contact the server yet: the first message connects (and
    /// authenticates), later ones reuse that connection, and one sent after a dropped connection connects again.
    /// Disposing the session says QUIT.
    /// </summary>
    Task<ISmtpSession> OpenAsync(CancellationToken cancellationToken);
}

/// <summary>One SMTP connection (or one pickup directory) for a batch; not for use from two threads at once.</summary>
public interface ISmtpSession : IAsyncDisposable
{
    /// <summary>Sends one message; an exception means this message was not accepted, and the session may still send the next.</summary>
    Task SendAsync(OutboxEmail message, CancellationToken cancellationToken);
}
