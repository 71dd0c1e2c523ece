using System.Text;
using System.Text.RegularExpressions;
using MimeKit;

namespace LocalGov.TestSupport;

/// <summary>
/// A received message as a mail client shows it, decoded by MimeKit (RFC 2047 headers, base64 or quoted-printable
/// parts): the recipients, the subject and the text part, so a test can follow a link the way a person would; the
/// whole <see cref="Mime"/> message for anything else.
/// </summary>
public sealed partial record MailText(string To, string Subject, string Body, MimeMessage Mime)
{
    public string FirstLink => Link().Match(Body).Value;

    /// <summary>The HTML part, decoded; null when there is none.</summary>
    public string? Html => Mime.HtmlBody;

    public static MailText Load(string path) => From(MimeMessage.Load(path));

    public static MailText Parse(string raw)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(raw));
        return From(MimeMessage.Load(stream));
    }

    public static MailText From(MimeMessage message) =>
        new(string.Join(", ", message.To.Mailboxes.Select(m => m.Address)), message.Subject ?? "",
            (message.TextBody ?? "").Replace("\r\n", "\n", StringComparison.Ordinal), message);

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
