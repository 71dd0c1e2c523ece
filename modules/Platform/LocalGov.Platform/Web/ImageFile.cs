using System.Buffers.Binary;
using System.Globalization;
using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Web;

/// <summary>The dimensions a picture's header declares.</summary>
public readonly record struct ImageSize(int Width, int Height)
{
    public long Pixels => (long)Width * Height;
}

/// <summary>
/// JPEG and PNG pictures read past their first bytes, by a parser written for this (no image library decodes
/// uploads): the header's dimensions (JPEG SOF, PNG IHDR), so a small file that declares a picture too large for a
/// browser to open is refused, and metadata removed from pictures that others will see (EXIF with GPS, XMP, IPTC,
/// comments; PNG text and eXIf chunks). The image data itself is copied byte for byte, never re-encoded. Anything
/// cut short or malformed is refused as damaged, never an exception.
/// </summary>
public static class ImageFile
{
    public const int MaxSide = 10_000;
    public const long MaxPixels = 40_000_000;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>What is wrong with the picture <paramref name="name"/> of <paramref name="type"/> for a person to act on, or null when it may be kept.</summary>
    public static LocalizedText? Problem(ReadOnlySpan<byte> data, string type, string name)
    {
        var (th, en) = name.Length == 0 ? ("รูป", "The picture") : ($"รูป {name}", $"The picture {name}");
        if (Size(data, type) is not { } size)
        {
            return new($"{th} เสียหายหรือไม่ครบ (อ่านขนาดภาพไม่ได้) บันทึกรูปใหม่แล้วลองอีกครั้ง",
                $"{en} is damaged or incomplete (its size cannot be read). Save it again and retry.");
        }
        if (size.Width > MaxSide || size.Height > MaxSide || size.Pixels > MaxPixels)
        {
            var declared = string.Create(CultureInfo.InvariantCulture, $"{size.Width:N0} × {size.Height:N0}");
            var limits = string.Create(CultureInfo.InvariantCulture, $"{MaxSide:N0}");
            return new($"{th} มีขนาด {declared} พิกเซล ใหญ่เกินไป (ไม่เกินด้านละ {limits} พิกเซล และรวม {MaxPixels / 1_000_000} ล้านพิกเซล) ย่อรูปแล้วลองอีกครั้ง",
                $"{en} is {declared} pixels, too large (at most {limits} pixels a side and {MaxPixels / 1_000_000} megapixels). Make it smaller and try again.");
        }
        return null;
    }

    /// <summary>The dimensions the header declares, or null when the picture is cut short, malformed or declares none.</summary>
    public static ImageSize? Size(ReadOnlySpan<byte> data, string type) => type switch
    {
        UploadedFile.Jpeg => JpegSize(data),
        UploadedFile.Png => PngSize(data),
        _ => null,
    };

    /// <summary>
    /// The picture without metadata: JPEG keeps JFIF (APP0), the ICC colour profile (APP2), Adobe's colour-transform
    /// flag (APP14) and only the orientation from EXIF (so a phone's upright photo stays upright); every other APPn
    /// segment (EXIF with GPS, XMP, IPTC) and comments go. PNG drops tEXt, zTXt, iTXt, eXIf and tIME chunks. Null when
    /// the picture is malformed (check <see cref="Problem"/> first).
    /// </summary>
    public static byte[]? StripMetadata(ReadOnlySpan<byte> data, string type) => type switch
    {
        UploadedFile.Jpeg => StripJpeg(data),
        UploadedFile.Png => StripPng(data),
        _ => null,
    };

    private static ImageSize? JpegSize(ReadOnlySpan<byte> data)
    {
        ImageSize? size = null;
        return WalkJpeg(data, (marker, segment) =>
        {
            if (IsStartOfFrame(marker) && size is null)
            {
                if (segment.Length < 5)
                {
                    return false;
                }
                int height = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]), width = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]);
                size = width > 0 && height > 0 ? new ImageSize(width, height) : null;
                return size is not null;
            }
            return true;
        }) is not null ? size : null;
    }

    private static byte[]? StripJpeg(ReadOnlySpan<byte> data)
    {
        var output = new MemoryStream(data.Length);
        output.Write([0xFF, 0xD8]);
        var orientationWritten = false;
        var end = WalkJpeg(data, (marker, segment) =>
        {
            var keep = marker switch
            {
                0xE0 => segment.StartsWith("JFIF\0"u8) || segment.StartsWith("JFXX\0"u8),
                0xE2 => segment.StartsWith("ICC_PROFILE\0"u8),
                0xEE => segment.StartsWith("Adobe"u8),
                >= 0xE1 and <= 0xEF or 0xFE => false,
                _ => true,
            };
            if (marker == 0xE1 && !orientationWritten && ExifOrientation(segment) is { } orientation and > 1 and <= 8)
            {
                WriteOrientation(output, orientation);
                orientationWritten = true;
            }
            if (keep)
            {
                output.Write([0xFF, marker]);
                Span<byte> length = stackalloc byte[2];
                BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(segment.Length + 2));
                output.Write(length);
                output.Write(segment);
            }
            return true;
        });
        if (end is not { } scanStart)
        {
            return null;
        }
        output.Write(data[scanStart..]); // the start of scan and everything after it, as it was
        return output.ToArray();
    }

    /// <summary>
    /// Walks the JPEG's segments up to its first start of scan, calling <paramref name="segment"/> with each marker and
    /// its payload (after the length); returns where the start-of-scan marker begins, or null when the file is cut
    /// short, malformed, has no frame header before its scan, or the callback refuses.
    /// </summary>
    private static int? WalkJpeg(ReadOnlySpan<byte> data, SegmentVisitor segment)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8)
        {
            return null;
        }
        var position = 2;
        var sawFrame = false;
        while (position < data.Length)
        {
            if (data[position] != 0xFF)
            {
                return null;
            }
            var markerAt = position;
            while (position < data.Length && data[position] == 0xFF)
            {
                position++; // fill bytes
            }
            if (position >= data.Length)
            {
                return null;
            }
            var marker = data[position++];
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue; // no payload
            }
            if (marker is 0xD8 or 0xD9 or 0x00)
            {
                return null; // a second start, an end before any scan, or a stray byte
            }
            if (position + 2 > data.Length)
            {
                return null;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[position..]);
            if (length < 2 || position + length > data.Length)
            {
                return null;
            }
            if (marker == 0xDA)
            {
                return sawFrame ? markerAt : null;
            }
            sawFrame |= IsStartOfFrame(marker);
            if (!segment(marker, data.Slice(position + 2, length - 2)))
            {
                return null;
            }
            position += length;
        }
        return null;
    }

    private delegate bool SegmentVisitor(byte marker, ReadOnlySpan<byte> payload);

    /// <summary>SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).</summary>
    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);

    /// <summary>The EXIF orientation (1–8) of an APP1 payload, or null when it has none or cannot be read.</summary>
    private static int? ExifOrientation(ReadOnlySpan<byte> app1)
    {
        if (!app1.StartsWith("Exif\0\0"u8) || app1.Length < 14)
        {
            return null;
        }
        var tiff = app1[6..];
        bool little;
        if (tiff.StartsWith("II*\0"u8))
        {
            little = true;
        }
        else if (tiff.StartsWith("MM\0*"u8))
        {
            little = false;
        }
        else
        {
            return null;
        }
        uint U32(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt32LittleEndian(s) : BinaryPrimitives.ReadUInt32BigEndian(s);
        ushort U16(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);
        var ifd = U32(tiff[4..]);
        if (ifd > (uint)tiff.Length - 2)
        {
            return null;
        }
        var count = U16(tiff[(int)ifd..]);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd + 2 + (i * 12);
            if (entry + 12 > tiff.Length)
            {
                return null;
            }
            if (U16(tiff[entry..]) == 0x0112 && U16(tiff[(entry + 2)..]) == 3)
            {
                return U16(tiff[(entry + 8)..]);
            }
        }
        return null;
    }

    /// <summary>An APP1 EXIF segment holding only the orientation tag (big-endian TIFF, one IFD entry).</summary>
    private static void WriteOrientation(MemoryStream output, int orientation) => output.Write(
    [
        0xFF, 0xE1, 0x00, 0x22, // APP1, length 34
        (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0,
        (byte)'M', (byte)'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, // TIFF header, IFD0 at 8
        0x00, 0x01, // one entry
        0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, (byte)orientation, 0x00, 0x00, // Orientation, SHORT, 1
        0x00, 0x00, 0x00, 0x00, // no next IFD
    ]);

    private static ImageSize? PngSize(ReadOnlySpan<byte> data)
    {
        ImageSize? size = null;
        return WalkPng(data, (_, _) => true, ihdr => size = ihdr) ? size : null;
    }

    private static readonly HashSet<string> PngMetadata = new(StringComparer.Ordinal) { "tEXt", "zTXt", "iTXt", "eXIf", "tIME" };

    private static byte[]? StripPng(ReadOnlySpan<byte> data)
    {
        var output = new MemoryStream(data.Length);
        output.Write(PngSignature);
        // chunks are copied whole: length, type, data and CRC
        var ok = WalkPng(data, (type, chunk) =>
        {
            if (!PngMetadata.Contains(type))
            {
                output.Write(chunk);
            }
            return true;
        }, _ => { });
        return ok ? output.ToArray() : null;
    }

    private delegate bool ChunkVisitor(string type, ReadOnlySpan<byte> wholeChunk);

    /// <summary>Walks the PNG's chunks to IEND; false when it is cut short, malformed or IHDR is not first and valid.</summary>
    private static bool WalkPng(ReadOnlySpan<byte> data, ChunkVisitor chunk, Action<ImageSize> header)
    {
        if (data.Length < 8 || !data[..8].SequenceEqual(PngSignature))
        {
            return false;
        }
        var position = 8;
        var first = true;
        while (position + 12 <= data.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(data[position..]);
            if (length > int.MaxValue || position + 12L + length > data.Length)
            {
                return false;
            }
            var typeBytes = data.Slice(position + 4, 4);
            foreach (var b in typeBytes)
            {
                if (!char.IsAsciiLetter((char)b))
                {
                    return false;
                }
            }
            var type = System.Text.Encoding.ASCII.GetString(typeBytes);
            var payload = data.Slice(position + 8, (int)length);
            if (first)
            {
                if (type != "IHDR" || length != 13)
                {
                    return false;
                }
                var width = BinaryPrimitives.ReadUInt32BigEndian(payload);
                var height = BinaryPrimitives.ReadUInt32BigEndian(payload[4..]);
                if (width == 0 || height == 0 || width > int.MaxValue || height > int.MaxValue)
                {
                    return false;
                }
                header(new ImageSize((int)width, (int)height));
                first = false;
            }
            if (!chunk(type, data.Slice(position, 12 + (int)length)))
            {
                return false;
            }
            position += 12 + (int)length;
            if (type == "IEND")
            {
                return true;
            }
        }
        return false;
    }
}
