using System.Text;
using System.Text.RegularExpressions;

namespace LocalGov.TestSupport;

/// <summary>
/// Just enough MIME to read what System.Net.Mail sent: the To and Subject headers (RFC 2047 encoded words) and the
/// text/plain part (base64 or quoted-printable), so a test can follow a link the way a person would.
/// </summary>
public sealed partial record MailText(string To, string Subject, string Body)
{
    public string FirstLink => Link().Match(Body).Value;

    public static MailText Parse(string raw)
    {
        var unfolded = raw.Replace("\r\n", "\n", StringComparison.Ordinal);
        var headerEnd = unfolded.IndexOf("\n\n", StringComparison.Ordinal);
        var headers = Regex.Replace(unfolded[..headerEnd], "\n[ \t]+", " ");
        string Header(string name) => Regex.Match(headers, $"^{name}: (.*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase).Groups[1].Value.Trim();
        return new MailText(DecodeWords(Header("To")), DecodeWords(Header("Subject")), TextPart(unfolded));
    }

    private static string TextPart(string message)
    {
        var match = Regex.Match(message, @"Content-Type: text/plain[^\n]*\n(?:[^\n]+\n)*?(?:Content-Transfer-Encoding: (\S+)\n)?(?:[^\n]+\n)*\n(.*?)(?:\n--|\z)",
            RegexOptions.Singleline | RegexOptions.IgnoreCase);
        if (!match.Success)
        {
            return message;
        }
        var encoding = match.Groups[1].Value.ToLowerInvariant();
        var body = match.Groups[2].Value;
        return encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, @"\s", ""))),
            "quoted-printable" => QuotedPrintable(body),
            _ => body,
        };
    }

    private static string QuotedPrintable(string text)
    {
        var joined = text.Replace("=\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }
        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static string DecodeWords(string header) => EncodedWord().Replace(header, m =>
    {
        var bytes = m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
            ? Convert.FromBase64String(m.Groups[3].Value)
            : Encoding.UTF8.GetBytes(QuotedPrintable(m.Groups[3].Value.Replace('_', ' ')));
        return Encoding.GetEncoding(m.Groups[1].Value).GetString(bytes);
    }).Replace("?= =?", "", StringComparison.Ordinal);

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
