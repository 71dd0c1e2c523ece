using System.Globalization;
using System.Text;

namespace LocalGov.Platform.Reporting;

/// <summary>
/// CSV for people who open it in Excel: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark (without it
/// Excel shows Thai as mojibake), numbers in the invariant culture, and text cells starting with =, +, -, @, tab or
/// CR defused with a leading apostrophe (OWASP "CSV injection").
/// </summary>
public sealed class CsvWriter(TextWriter writer)
{
    public const string ContentType = "text/csv; charset=utf-8";

    private bool _started;

    public async Task RowAsync(params IEnumerable<CsvCell> cells)
    {
        if (!_started)
        {
            _started = true;
            await writer.WriteAsync('\uFEFF');
        }
        await writer.WriteAsync(string.Join(',', cells.Select(c => c.Value)));
        await writer.WriteAsync("\r\n");
    }

    /// <summary>Quotes what needs quoting and defuses a cell a spreadsheet would read as a formula.</summary>
    public static string Text(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>Streams a CSV into <paramref name="body"/> (an HTTP response): rows are written as they are read, not held in memory.</summary>
    public static async Task WriteToAsync(Stream body, Func<CsvWriter, Task> write)
    {
        await using var text = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        await write(new CsvWriter(text));
    }
}
