namespace LocalGov.Platform.Web;

/// <summary>
/// Uploads known by their bytes, not their names or the browser's word: a renamed program called "card.pdf" is
/// not a PDF. Modules choose the types they accept and word their own messages.
/// </summary>
public static class UploadedFile
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The type the bytes say, or null: PDF (%PDF-), JPEG (FF D8 FF … FF D9) or PNG (signature, then IHDR).</summary>
    public static string? Sniff(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 8 && data.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }
        if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF && data[^2] == 0xFF && data[^1] == 0xD9)
        {
            return Jpeg;
        }
        if (data.Length >= 24 && data[..8].SequenceEqual(PngSignature) && data[12..16].SequenceEqual("IHDR"u8))
        {
            return Png;
        }
        return null;
    }

    /// <summary>
    /// What may be kept of an upload the bytes say is <paramref name="type"/>: a JPEG or PNG whose header is damaged or
    /// declares absurd dimensions is refused with the reason (<see cref="ImageFile.Problem"/>); an accepted picture
    /// loses its metadata (<see cref="ImageFile.StripMetadata"/>: GPS, camera, comments); a PDF is kept as it is.
    /// </summary>
    public static (byte[]? Data, Localization.LocalizedText? Problem) Clean(byte[] data, string type, string name)
    {
        if (type is not (Jpeg or Png))
        {
            return (data, null);
        }
        if (ImageFile.Problem(data, type, name) is { } problem)
        {
            return (null, problem);
        }
        return (ImageFile.StripMetadata(data, type) ?? data, null);
    }

    /// <summary>The upload's bytes, or null when it (as declared, or as actually sent) is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadLimitedAsync(Stream content, long declaredLength, int maxBytes, CancellationToken cancellationToken)
    {
        if (declaredLength > maxBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        return buffer.Length > maxBytes ? null : buffer.ToArray();
    }
}
