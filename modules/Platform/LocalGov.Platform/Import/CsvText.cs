using System.Text;
using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Import;

/// <summary>A CSV file's bytes as text, with the name of the encoding it was read in, or the reason it cannot be read.</summary>
public sealed record CsvText(string? Text, string Encoding, LocalizedText? Problem);

/// <summary>
/// Turns an uploaded CSV file into text the way every import reads it: UTF-8 with or without BOM; a Thai file saved
/// by Excel as "CSV (Comma delimited)" is Windows-874 and is read as such; an Excel workbook, UTF-16 or other binary
/// is refused with what to do instead, in Thai and English.
/// </summary>
public static class CsvDecoding
{
    public const string Utf8 = "UTF-8";
    public const string Thai874 = "Windows-874";

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static CsvText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return Refused("ไฟล์ว่างเปล่า", "The file is empty.");
        }
        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            return Refused("ไฟล์นี้เป็นสมุดงาน Excel ไม่ใช่ CSV: ใน Excel เลือก บันทึกเป็น > CSV UTF-8 (Comma delimited)",
                "This is an Excel workbook, not a CSV file: in Excel choose Save As > CSV UTF-8 (Comma delimited).");
        }
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return Refused("ไฟล์นี้บันทึกเป็น Unicode (UTF-16) ให้บันทึกใหม่เป็น CSV UTF-8 (Comma delimited)",
                "The file is saved as Unicode (UTF-16); save it again as CSV UTF-8 (Comma delimited).");
        }
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }
        try
        {
            return new CsvText(StrictUtf8.GetString(bytes), Utf8, null);
        }
        catch (DecoderFallbackException)
        {
        }
        // Excel's "CSV (Comma delimited)" on a Thai Windows: Windows-874 (TIS-620 and a few more characters)
        try
        {
            var thai = CodePagesEncodingProvider.Instance.GetEncoding(874, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;
            var text = thai.GetString(bytes);
            if (text.Any(c => c is >= '\u0E00' and <= '\u0E7F'))
            {
                return new CsvText(text, Thai874, null);
            }
        }
        catch (DecoderFallbackException)
        {
        }
        return Refused("อ่านไฟล์ไม่ได้: ไม่ใช่ข้อความ UTF-8 ให้บันทึกใหม่เป็น CSV UTF-8 (Comma delimited)",
            "The file cannot be read: it is not UTF-8 text. Save it again as CSV UTF-8 (Comma delimited).");
    }

    private static CsvText Refused(string th, string en) => new(null, "", new LocalizedText(th, en));
}
