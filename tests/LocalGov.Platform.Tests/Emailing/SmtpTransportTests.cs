using LocalGov.Platform.Emailing;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LocalGov.Platform.Tests.Emailing;

public sealed class SmtpTransportTests
{
    private static readonly DateTime Now = new(2026, 11, 21, 3, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(null, false, SecureSocketOptions.None)] // an old configuration: plain, as System.Net.Mail did
    [InlineData(null, true, SecureSocketOptions.StartTls)] // EnableSsl meant STARTTLS, required
    [InlineData(SmtpSecurity.Auto, false, SecureSocketOptions.Auto)]
    [InlineData(SmtpSecurity.SslOnConnect, false, SecureSocketOptions.SslOnConnect)]
    [InlineData(SmtpSecurity.StartTlsWhenAvailable, true, SecureSocketOptions.StartTlsWhenAvailable)] // Security wins
    [InlineData(SmtpSecurity.None, true, SecureSocketOptions.None)]
    [InlineData(SmtpSecurity.StartTls, false, SecureSocketOptions.StartTls)]
    public void Security_IsTakenFromTheSetting_OrElseFromEnableSsl(SmtpSecurity? security, bool enableSsl, SecureSocketOptions expected) =>
        Assert.Equal(expected, SmtpTransport.SocketOptions(new EmailOptions { Security = security, EnableSsl = enableSsl }.EffectiveSecurity));

    [Fact]
    public void Compose_GivesTextAndHtmlAlternatives_ThaiHeaders_AndAMessageIdThatARetryRepeats()
    {
        var options = new EmailOptions { FromAddress = "no-reply@alpha.go.th", FromName = "เทศบาลอัลฟา" };
        var outbox = new OutboxEmail(null, "resident@example.com", "ใบเสร็จรับเงิน ๒๕๖๙", "<p>ชำระแล้ว</p>", "ชำระแล้ว ๑,๒๐๐ บาท", Now);

        var first = Roundtrip(SmtpTransport.Compose(outbox, options));
        var retry = Roundtrip(SmtpTransport.Compose(outbox, options));

        Assert.Equal($"{outbox.Id}@alpha.go.th", first.MessageId);
        Assert.Equal(first.MessageId, retry.MessageId);
        Assert.Equal(outbox.Id.ToString(), first.Headers["X-LocalGov-Message-Id"]);
        Assert.Equal("ใบเสร็จรับเงิน ๒๕๖๙", first.Subject);
        var from = Assert.Single(first.From.Mailboxes);
        Assert.Equal(("เทศบาลอัลฟา", "no-reply@alpha.go.th"), (from.Name, from.Address));
        Assert.Equal("resident@example.com", Assert.Single(first.To.Mailboxes).Address);
        var alternative = Assert.IsType<MultipartAlternative>(first.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Equal("ชำระแล้ว ๑,๒๐๐ บาท", first.TextBody);
        Assert.Equal("<p>ชำระแล้ว</p>", first.HtmlBody);
        Assert.All(alternative.OfType<TextPart>(), p => Assert.Equal("utf-8", p.ContentType.Charset, ignoreCase: true));
    }

    [Fact]
    public void Compose_PutsAThaiSenderDomainInTheMessageIdAsPunycode()
    {
        var outbox = new OutboxEmail(null, "resident@example.com", "s", "<p>b</p>", "b", Now);
        var mime = SmtpTransport.Compose(outbox, new EmailOptions { FromAddress = "no-reply@เทศบาล.ไทย" });
        Assert.Equal($"{outbox.Id}@xn--o3cg7ak5c9d.xn--o3cw4h", mime.MessageId);
    }

    [Fact]
    public async Task PickupDirectory_WritesOneEmlPerMessage_ThatAMailReaderDecodes_AndARetryOverwrites()
    {
        var directory = Path.Combine(Path.GetTempPath(), "localgov-pickup-" + Guid.NewGuid().ToString("N"));
        try
        {
            var transport = new SmtpTransport(new FixedOptions(new EmailOptions { PickupDirectory = directory, SmtpPort = 1 }));
            var outbox = new OutboxEmail(null, "resident@example.com", "แจ้งเตือน", "<p>ค้างชำระ</p>", "ค้างชำระ", Now);
            var other = new OutboxEmail(null, "officer@example.com", "อีกฉบับ", "<p>x</p>", "x", Now);
            await using (var session = await transport.OpenAsync(CancellationToken.None))
            {
                await session.SendAsync(outbox, CancellationToken.None);
                await session.SendAsync(other, CancellationToken.None);
                await session.SendAsync(outbox, CancellationToken.None); // a retry after a crash before sent_at was saved
            }

            Assert.Equal(new[] { $"{other.Id}.eml", $"{outbox.Id}.eml" }.Order(StringComparer.Ordinal),
                Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            var mail = await MimeMessage.LoadAsync(Path.Combine(directory, $"{outbox.Id}.eml"));
            Assert.Equal("แจ้งเตือน", mail.Subject);
            Assert.Equal("ค้างชำระ", mail.TextBody);
            Assert.Equal("<p>ค้างชำระ</p>", mail.HtmlBody);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static MimeMessage Roundtrip(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(FormatOptions.Default, stream); // as it goes over the wire: encoded headers, encoded parts
        stream.Position = 0;
        return MimeMessage.Load(stream);
    }

    private sealed class FixedOptions(EmailOptions value) : IOptionsMonitor<EmailOptions>
    {
        public EmailOptions CurrentValue => value;
        public EmailOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<EmailOptions, string?> listener) => null;
    }
}
