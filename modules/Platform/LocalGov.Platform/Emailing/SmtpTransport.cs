using System.Globalization;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LocalGov.Platform.Emailing;

/// <summary>
/// SMTP delivery with MailKit: one connection per batch (connect and authenticate once), a text and an HTML part
/// (multipart/alternative), UTF-8 with RFC 2047 headers, a Message-Id that a retry of the same outbox row repeats.
/// With <see cref="EmailOptions.PickupDirectory"/> set, each message is written there as <c>{id}.eml</c> instead.
/// </summary>
internal sealed class SmtpTransport(IOptionsMonitor<EmailOptions> options) : ISmtpTransport
{
    public Task<ISmtpSession> OpenAsync(CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        ISmtpSession session = string.IsNullOrEmpty(o.PickupDirectory) ? new SmtpSession(o) : new PickupSession(o);
        return Task.FromResult(session);
    }

    public static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    /// <summary>The MIME message for an outbox row; the same row always gets the same Message-Id.</summary>
    public static MimeMessage Compose(OutboxEmail message, EmailOptions o)
    {
        var from = new MailboxAddress(o.FromName, o.FromAddress);
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = $"{message.Id}@{MessageIdDomain(from)}",
            Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody(),
        };
        mime.From.Add(from);
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Headers.Add("X-LocalGov-Message-Id", message.Id.ToString());
        return mime;
    }

    private static string MessageIdDomain(MailboxAddress from)
    {
        var domain = from.Domain;
        if (string.IsNullOrEmpty(domain))
        {
            return "localgov.local";
        }
        try
        {
            return new IdnMapping().GetAscii(domain); // a Thai domain becomes xn--…, as a Message-Id must be ASCII
        }
        catch (ArgumentException)
        {
            return "localgov.local";
        }
    }

    private sealed class SmtpSession(EmailOptions o) : ISmtpSession
    {
        private readonly SmtpClient _client = new() { Timeout = o.SmtpTimeoutSeconds * 1000 };

        /// <summary>Why connecting or signing in failed: the rest of the batch fails at once with it instead of knocking again.</summary>
        private Exception? _unreachable;

        public async Task SendAsync(OutboxEmail message, CancellationToken cancellationToken)
        {
            var mime = Compose(message, o);
            await ConnectAsync(cancellationToken);
            try
            {
                await _client.SendAsync(mime, cancellationToken);
            }
            catch (SmtpCommandException) when (_client.IsConnected)
            {
                throw; // this message was refused (recipient, size, …); the connection serves the next one
            }
            catch
            {
                await DropAsync(); // broken mid-message: the next one connects again
                throw;
            }
        }

        private async Task ConnectAsync(CancellationToken cancellationToken)
        {
            if (_unreachable is not null)
            {
                throw new SmtpUnavailableException(_unreachable);
            }
            if (_client.IsConnected && (_client.IsAuthenticated || string.IsNullOrEmpty(o.UserName)))
            {
                return;
            }
            try
            {
                if (!_client.IsConnected)
                {
                    await _client.ConnectAsync(o.SmtpHost, o.SmtpPort, SocketOptions(o.EffectiveSecurity), cancellationToken);
                }
                if (!string.IsNullOrEmpty(o.UserName))
                {
                    await _client.AuthenticateAsync(o.UserName, o.Password ?? "", cancellationToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _unreachable = ex;
                await DropAsync();
                throw;
            }
        }

        private async Task DropAsync()
        {
            if (!_client.IsConnected)
            {
                return;
            }
            try
            {
                await _client.DisconnectAsync(quit: false, CancellationToken.None);
            }
            catch (Exception ex) when (ex is IOException or ServiceNotConnectedException or OperationCanceledException)
            {
                // already gone
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_client.IsConnected)
            {
                try
                {
                    await _client.DisconnectAsync(quit: true, CancellationToken.None);
                }
                catch (Exception ex) when (ex is IOException or SmtpProtocolException or SmtpCommandException or ServiceNotConnectedException or OperationCanceledException)
                {
                    // every message's outcome is already known; a failed QUIT changes none of them
                }
            }
            _client.Dispose();
        }
    }

    /// <summary>Writes <c>{id}.eml</c> (a retry overwrites it); written beside and then moved, so a reader never sees half a file.</summary>
    private sealed class PickupSession(EmailOptions o) : ISmtpSession
    {
        private readonly string _directory = Path.GetFullPath(o.PickupDirectory!);

        public async Task SendAsync(OutboxEmail message, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(_directory);
            var path = Path.Combine(_directory, $"{message.Id}.eml");
            var partial = Path.Combine(_directory, $"{message.Id}.partial"); // not *.eml until complete
            await Compose(message, o).WriteToAsync(partial, cancellationToken);
            File.Move(partial, path, overwrite: true);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>The SMTP server could not be reached or refused our sign-in earlier in this batch; the message was not tried.</summary>
public sealed class SmtpUnavailableException(Exception cause)
    : Exception($"not tried, the SMTP server failed earlier in this batch: {EmailDelivery.Describe(cause)}", cause);
