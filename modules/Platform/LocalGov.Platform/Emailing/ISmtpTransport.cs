namespace LocalGov.Platform.Emailing;

/// <summary>Hands one message to the mail server.</summary>
public interface ISmtpTransport
{
    Task SendAsync(OutboxEmail message, CancellationToken cancellationToken);
}
