using LocalGov.Platform.Localization;
using Microsoft.AspNetCore.Http;
using LocalGov.Platform.Web;

namespace LocalGov.Complaints.Filing;

/// <summary>An uploaded picture, checked by its bytes: a renamed program called "pothole.jpg" is refused.</summary>
public sealed record PhotoFile(string FileName, string ContentType, byte[] Data)
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxPerComplaint = 3;

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads and checks one upload; throws a message the resident can act on.</summary>
    public static async Task<PhotoFile> ReadAsync(string fileName, long length, Stream content, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName ?? "");
        if (length > MaxBytes)
        {
            throw new BusinessRuleException(new($"รูป {name} ใหญ่เกิน 5 MB ย่อขนาดแล้วลองใหม่",
                $"The photo {name} is larger than 5 MB; make it smaller and try again."), "photos");
        }
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBytes)
        {
            throw new BusinessRuleException(new($"รูป {name} ใหญ่เกิน 5 MB ย่อขนาดแล้วลองใหม่",
                $"The photo {name} is larger than 5 MB; make it smaller and try again."), "photos");
        }
        var data = buffer.ToArray();
        var type = Sniff(data) ?? throw new BusinessRuleException(new($"ไฟล์ {name} ไม่ใช่รูป JPEG หรือ PNG",
            $"The file {name} is not a JPEG or PNG picture."), "photos");
        return new PhotoFile(name, type, data);
    }

    /// <summary>A form's uploads, each checked; empty file inputs are skipped; more than three refused.</summary>
    public static async Task<IReadOnlyList<PhotoFile>> ReadAllAsync(IReadOnlyCollection<IFormFile>? uploads, CancellationToken cancellationToken)
    {
        if ((uploads?.Count ?? 0) > MaxPerComplaint)
        {
            throw TooMany();
        }
        var files = new List<PhotoFile>();
        foreach (var upload in (uploads ?? []).Where(u => u.Length > 0))
        {
            await using var stream = upload.OpenReadStream();
            files.Add(await ReadAsync(upload.FileName, upload.Length, stream, cancellationToken));
        }
        return files;
    }

    /// <summary>The picture type the bytes say, or null: JPEG (FF D8 FF … FF D9) or PNG (signature, then IHDR).</summary>
    public static string? Sniff(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF && data[^2] == 0xFF && data[^1] == 0xD9)
        {
            return "image/jpeg";
        }
        if (data.Length >= 24 && data[..8].SequenceEqual(Png) && data[12..16].SequenceEqual("IHDR"u8))
        {
            return "image/png";
        }
        return null;
    }

    public static BusinessRuleException TooMany() => new(new LocalizedText(
        $"แนบรูปได้ไม่เกิน {MaxPerComplaint} รูป", $"Attach at most {MaxPerComplaint} photos."), "photos");
}
