using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace LocalGov.Platform.Emailing;

/// <summary>SMTP delivery with System.Net.Mail (MailKit is not in our registry): a text and an HTML part, UTF-8.</summary>
internal sealed class SmtpTransport(IOptionsMonitor<EmailOptions> options) : ISmtpTransport
{
    public async Task SendAsync(OutboxEmail message, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        using var mail = new MailMessage
        {
            From = new MailAddress(o.FromAddress, o.FromName, Encoding.UTF8),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            Body = message.TextBody,
            IsBodyHtml = false,
        };
        mail.To.Add(message.To);
        mail.Headers.Add("X-LocalGov-Message-Id", message.Id.ToString());
        mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html));

        using var client = new SmtpClient(o.SmtpHost, o.SmtpPort)
        {
            EnableSsl = o.EnableSsl,
            Timeout = o.SmtpTimeoutSeconds * 1000,
        };
        if (!string.IsNullOrEmpty(o.PickupDirectory))
        {
            Directory.CreateDirectory(o.PickupDirectory);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = Path.GetFullPath(o.PickupDirectory);
        }
        if (!string.IsNullOrEmpty(o.UserName))
        {
            client.Credentials = new NetworkCredential(o.UserName, o.Password);
        }
        await client.SendMailAsync(mail, cancellationToken);
    }
}
