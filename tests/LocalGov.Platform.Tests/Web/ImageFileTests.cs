using System.Buffers.Binary;
using System.Text;
using LocalGov.Platform.Web;

namespace LocalGov.Platform.Tests.Web;

/// <summary>
/// The picture header parser and metadata stripper, on files crafted here: real 1 × 1 pictures, ones that declare
/// absurd dimensions, ones carrying EXIF GPS, XMP, comments and PNG text, and every cut-short or scrambled variant.
/// </summary>
public sealed class ImageFileTests
{
    private const string JpegHex =
        "FFD8FFE000104A46494600010100000100010000FFDB00430001010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101FFC0000B080001000101011100FFC40014000100000000000000000000000000000000FFC40014100100000000000000000000000000000000FFDA0008010100003F003FFFD9";

    /// <summary>A 1 × 1 grey JPEG with its frame header (SOF <paramref name="sof"/>) declaring <paramref name="width"/> × <paramref name="height"/>.</summary>
    private static byte[] Jpeg(int width = 1, int height = 1, byte sof = 0xC0, params byte[][] extraSegments)
    {
        var bytes = Convert.FromHexString(JpegHex);
        var frame = IndexOf(bytes, [0xFF, 0xC0]);
        bytes[frame + 1] = sof;
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(frame + 5), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(frame + 7), (ushort)width);
        return [.. bytes.AsSpan(0, 20), .. extraSegments.SelectMany(s => s), .. bytes.AsSpan(20)];
    }

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var segment = new byte[payload.Length + 4];
        segment[0] = 0xFF;
        segment[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return segment;
    }

    /// <summary>An EXIF payload: IFD0 with the orientation and a pointer to a GPS directory, then a marker text.</summary>
    private static byte[] Exif(ushort orientation, bool littleEndian = false)
    {
        var tiff = new byte[38 + 18];
        void U16(int at, ushort v) { if (littleEndian) { BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), v); } else { BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), v); } }
        void U32(int at, uint v) { if (littleEndian) { BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at), v); } else { BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at), v); } }
        (littleEndian ? "II*\0"u8 : "MM\0*"u8).CopyTo(tiff);
        U32(4, 8);
        U16(8, 2);
        U16(10, 0x0112); U16(12, 3); U32(14, 1); U16(18, orientation);
        U16(22, 0x8825); U16(24, 4); U32(26, 1); U32(30, 38);
        U32(34, 0);
        U16(38, 1); U16(40, 1); U16(42, 2); U32(44, 2); tiff[48] = (byte)'N'; U32(52, 0);
        return [.. "Exif\0\0"u8, .. tiff, .. "GPS-SECRET-18.7877"u8];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[data.Length + 12];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, data.Length + 4)));
        return chunk;
    }

    /// <summary>PNG's CRC-32 (polynomial 0xEDB88320), bit by bit: the files are tiny.</summary>
    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }

    private static byte[] Png(uint width = 1, uint height = 1, params byte[][] beforeData)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        ihdr[9] = 2;
        byte[] idat = [0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00];
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", ihdr), .. beforeData.SelectMany(c => c), .. Chunk("IDAT", idat), .. Chunk("IEND", [])];
    }

    private static int IndexOf(byte[] data, byte[] what) => data.AsSpan().IndexOf(what);

    private static bool Contains(byte[] data, string text) => IndexOf(data, Encoding.ASCII.GetBytes(text)) >= 0;

    [Fact]
    public void Dimensions_AreReadFromTheJpegFrameHeader_AndThePngHeader()
    {
        Assert.Equal(new ImageSize(1, 1), ImageFile.Size(Jpeg(), UploadedFile.Jpeg));
        Assert.Equal(new ImageSize(4000, 3000), ImageFile.Size(Jpeg(4000, 3000), UploadedFile.Jpeg));
        Assert.Equal(new ImageSize(640, 480), ImageFile.Size(Jpeg(640, 480, sof: 0xC2), UploadedFile.Jpeg)); // progressive
        Assert.Equal(new ImageSize(7000, 5000), ImageFile.Size(Png(7000, 5000), UploadedFile.Png));
        Assert.Null(ImageFile.Problem(Jpeg(4000, 3000), UploadedFile.Jpeg, "a.jpg"));
        Assert.Null(ImageFile.Problem(Png(10_000, 4000), UploadedFile.Png, "a.png"));
    }

    [Theory]
    [InlineData(100_000u, 100_000u)]
    [InlineData(10_001u, 10u)]
    [InlineData(10u, 10_001u)]
    [InlineData(8000u, 6000u)] // 48 megapixels
    [InlineData(uint.MaxValue, 1u)]
    public void AbsurdPngDimensions_AreRefused_WithTheSizeInTheMessage(uint width, uint height)
    {
        var png = Png(width, height);
        Assert.True(png.Length < 1024);
        var problem = ImageFile.Problem(png, UploadedFile.Png, "tiny.png");
        Assert.NotNull(problem);
        Assert.Contains("tiny.png", problem.En, StringComparison.Ordinal);
        Assert.Contains("tiny.png", problem.Th, StringComparison.Ordinal);
        if (width <= int.MaxValue)
        {
            Assert.Contains($"{width:N0} × {height:N0}".Replace('\u00A0', ','), problem.En, StringComparison.Ordinal);
            Assert.Contains("too large", problem.En, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AbsurdJpegDimensions_AreRefused()
    {
        Assert.Contains("65,000 × 65,000 pixels", ImageFile.Problem(Jpeg(65_000, 65_000), UploadedFile.Jpeg, "big.jpg")!.En, StringComparison.Ordinal);
        Assert.NotNull(ImageFile.Problem(Jpeg(9000, 9000), UploadedFile.Jpeg, "big.jpg")); // 81 megapixels
        Assert.Contains("damaged", ImageFile.Problem(Jpeg(0, 10), UploadedFile.Jpeg, "zero.jpg")!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCutShortFile_IsDamaged_NeverAnException()
    {
        foreach (var (file, type, firstWhole) in new[]
                 {
                     (Png(), UploadedFile.Png, Png().Length),
                     (Jpeg(), UploadedFile.Jpeg, IndexOf(Jpeg(), [0xFF, 0xDA]) + 10), // the header ends with the scan's
                 })
        {
            for (var length = 0; length < firstWhole; length++)
            {
                var problem = ImageFile.Problem(file.AsSpan(0, length), type, "cut");
                Assert.True(problem is not null && problem.En.Contains("damaged", StringComparison.Ordinal), $"{type} cut at {length} was accepted");
                Assert.Null(ImageFile.StripMetadata(file.AsSpan(0, length), type));
            }
        }
    }

    [Fact]
    public void ScrambledFiles_AreRefusedOrRead_NeverAnException()
    {
        var random = new Random(20);
        foreach (var (file, type) in new[] { (Jpeg(), UploadedFile.Jpeg), (Png(), UploadedFile.Png), (Jpeg(10, 10, 0xC0, Segment(0xE1, Exif(6))), UploadedFile.Jpeg) })
        {
            for (var i = 0; i < 3000; i++)
            {
                var copy = file.ToArray();
                for (var flips = random.Next(1, 4); flips > 0; flips--)
                {
                    copy[random.Next(2, copy.Length)] = (byte)random.Next(256);
                }
                _ = ImageFile.Problem(copy, type, "x");
                _ = ImageFile.StripMetadata(copy, type);
            }
        }
        // a segment length pointing past the end, a PNG chunk length of 2³²−1, a JPEG of fill bytes only
        var longSegment = Jpeg();
        longSegment[5] = 0xFF;
        Assert.NotNull(ImageFile.Problem(longSegment, UploadedFile.Jpeg, "x"));
        var longChunk = Png();
        BinaryPrimitives.WriteUInt32BigEndian(longChunk.AsSpan(33), uint.MaxValue);
        Assert.NotNull(ImageFile.Problem(longChunk, UploadedFile.Png, "x"));
        Assert.NotNull(ImageFile.Problem([0xFF, 0xD8, .. Enumerable.Repeat((byte)0xFF, 100)], UploadedFile.Jpeg, "x"));
        Assert.NotNull(ImageFile.Problem(Png()[..33], UploadedFile.Png, "x")); // IHDR and nothing else
    }

    [Fact]
    public void JpegMetadata_IsStripped_ButTheOrientationAndColourKept_AndTheScanCopied()
    {
        var icc = Segment(0xE2, [.. "ICC_PROFILE\0"u8, 1, 1, .. "profile"u8]);
        var adobe = Segment(0xEE, [.. "Adobe"u8, 0, 100, 0, 0, 0, 0, 1]);
        var photo = Jpeg(1, 1, 0xC0, Segment(0xE1, Exif(6)), Segment(0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. "<x:xmpmeta>XMP-SECRET</x:xmpmeta>"u8]),
            Segment(0xED, [.. "Photoshop 3.0\0"u8, .. "IPTC-SECRET"u8]), Segment(0xFE, "COMMENT-SECRET"u8.ToArray()), icc, adobe);

        var stripped = ImageFile.StripMetadata(photo, UploadedFile.Jpeg)!;

        foreach (var secret in new[] { "GPS-SECRET", "XMP-SECRET", "IPTC-SECRET", "COMMENT-SECRET" })
        {
            Assert.True(Contains(photo, secret));
            Assert.False(Contains(stripped, secret), secret + " is still there");
        }
        Assert.False(Contains(stripped, "GPS") || IndexOf(stripped, [0x88, 0x25]) >= 0);
        Assert.True(Contains(stripped, "JFIF") && Contains(stripped, "ICC_PROFILE") && Contains(stripped, "Adobe"));
        // only the orientation is left of the EXIF: the photo still stands the way it was taken
        var exif = IndexOf(stripped, "Exif\0\0"u8.ToArray());
        Assert.True(exif > 0);
        Assert.Equal(6, BinaryPrimitives.ReadUInt16BigEndian(stripped.AsSpan(exif + 6 + 8 + 2 + 8)));
        Assert.Equal(new ImageSize(1, 1), ImageFile.Size(stripped, UploadedFile.Jpeg));
        var scan = IndexOf(photo, [0xFF, 0xDA]);
        Assert.Equal(photo.AsSpan(scan).ToArray(), stripped.AsSpan(IndexOf(stripped, [0xFF, 0xDA])).ToArray());
        Assert.Equal(UploadedFile.Jpeg, UploadedFile.Sniff(stripped));

        // little-endian EXIF (most phones) keeps its orientation too; a photo without one gets no EXIF at all
        Assert.True(Contains(ImageFile.StripMetadata(Jpeg(1, 1, 0xC0, Segment(0xE1, Exif(8, littleEndian: true))), UploadedFile.Jpeg)!, "Exif"));
        Assert.False(Contains(ImageFile.StripMetadata(Jpeg(1, 1, 0xC0, Segment(0xE1, Exif(1))), UploadedFile.Jpeg)!, "Exif"));
        Assert.Equal(Jpeg(), ImageFile.StripMetadata(Jpeg(), UploadedFile.Jpeg)); // nothing to remove: the same bytes
    }

    [Fact]
    public void PngTextAndExifChunks_AreStripped_TheRestCopiedWhole()
    {
        var photo = Png(1, 1, Chunk("tEXt", [.. "Comment\0"u8, .. "TEXT-SECRET"u8]), Chunk("zTXt", [.. "Author\0\0"u8, .. "ZTXT-SECRET"u8]),
            Chunk("iTXt", [.. "XML:com.adobe.xmp\0\0\0\0\0"u8, .. "XMP-SECRET"u8]), Chunk("eXIf", Exif(6)[6..]), Chunk("tIME", [7, 234, 12, 7, 10, 0, 0]),
            Chunk("gAMA", [0, 0, 0xB1, 0x8F]));

        var stripped = ImageFile.StripMetadata(photo, UploadedFile.Png)!;

        foreach (var secret in new[] { "TEXT-SECRET", "ZTXT-SECRET", "XMP-SECRET", "GPS-SECRET", "tEXt", "zTXt", "iTXt", "eXIf", "tIME" })
        {
            Assert.True(Contains(photo, secret));
            Assert.False(Contains(stripped, secret), secret + " is still there");
        }
        Assert.True(Contains(stripped, "gAMA"));
        Assert.Equal(Png(), Png(1, 1).AsSpan().ToArray());
        Assert.Equal(Png().Length + Chunk("gAMA", [0, 0, 0xB1, 0x8F]).Length, stripped.Length);
        Assert.Equal(new ImageSize(1, 1), ImageFile.Size(stripped, UploadedFile.Png));
        Assert.Equal(Png(), ImageFile.StripMetadata(Png(), UploadedFile.Png));
    }

    [Fact]
    public void Clean_KeepsAPdfAsItIs_RefusesAnAbsurdPicture_AndStripsAGoodOne()
    {
        var pdf = "%PDF-1.7\n%%EOF\n"u8.ToArray();
        Assert.Same(pdf, UploadedFile.Clean(pdf, UploadedFile.Pdf, "a.pdf").Data);
        var (refused, problem) = UploadedFile.Clean(Png(100_000, 100_000), UploadedFile.Png, "huge.png");
        Assert.Null(refused);
        Assert.Contains("huge.png", problem!.En, StringComparison.Ordinal);
        var (kept, none) = UploadedFile.Clean(Jpeg(1, 1, 0xC0, Segment(0xFE, "COMMENT-SECRET"u8.ToArray())), UploadedFile.Jpeg, "a.jpg");
        Assert.Null(none);
        Assert.Equal(Jpeg(), kept);
    }
}
