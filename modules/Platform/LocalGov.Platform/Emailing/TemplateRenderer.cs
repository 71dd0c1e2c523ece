using System.Net;
using System.Text;

namespace LocalGov.Platform.Emailing;

internal static class TemplateRenderer
{
    public static string Render(string template, IReadOnlyDictionary<string, string> values, bool html)
    {
        var builder = new StringBuilder(template.Length + 64);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                builder.Append(template, position, template.Length - position);
                break;
            }
            var close = template.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                builder.Append(template, position, template.Length - position);
                break;
            }
            builder.Append(template, position, open - position);
            var key = template[(open + 2)..close].Trim();
            if (!values.TryGetValue(key, out var value))
            {
                throw new InvalidOperationException($"Email template placeholder '{{{{{key}}}}}' has no value.");
            }
            builder.Append(html ? WebUtility.HtmlEncode(value) : value);
            position = close + 2;
        }
        return builder.ToString();
    }

    /// <summary>The HTML part of a plain-text body: encoded, paragraphs kept, links left as text.</summary>
    public static string ToHtml(string text) =>
        "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>"
        + WebUtility.HtmlEncode(text).Replace("\n\n", "</p><p>", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal)
        + "</p></body></html>";
}
