using LocalGov.Platform.Localization;
using Microsoft.AspNetCore.Http;
using LocalGov.Platform.Web;

namespace LocalGov.Complaints.Filing;

/// <summary>
/// An uploaded picture, checked by its bytes: a renamed program called "pothole.jpg" is refused, so is a picture whose
/// header is damaged or declares absurd dimensions; what is kept has no metadata (the GPS of a phone's photo).
/// </summary>
public sealed record PhotoFile(string FileName, string ContentType, byte[] Data)
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxPerComplaint = 3;

    /// <summary>Reads and checks one upload; throws a message the resident can act on.</summary>
    public static async Task<PhotoFile> ReadAsync(string fileName, long length, Stream content, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName ?? "");
        var data = await UploadedFile.ReadLimitedAsync(content, length, MaxBytes, cancellationToken)
            ?? throw new BusinessRuleException(new($"รูป {name} ใหญ่เกิน 5 MB ย่อขนาดแล้วลองใหม่",
                $"The photo {name} is larger than 5 MB; make it smaller and try again."), "photos");
        var type = Sniff(data) ?? throw new BusinessRuleException(new($"ไฟล์ {name} ไม่ใช่รูป JPEG หรือ PNG",
            $"The file {name} is not a JPEG or PNG picture."), "photos");
        var (clean, problem) = UploadedFile.Clean(data, type, name);
        return clean is null ? throw new BusinessRuleException(problem!, "photos") : new PhotoFile(name, type, clean);
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

    /// <summary>The picture type the bytes say, or null: JPEG or PNG only.</summary>
    public static string? Sniff(ReadOnlySpan<byte> data) => UploadedFile.Sniff(data) switch
    {
        UploadedFile.Jpeg => UploadedFile.Jpeg,
        UploadedFile.Png => UploadedFile.Png,
        _ => null,
    };

    public static BusinessRuleException TooMany() => new(new LocalizedText(
        $"แนบรูปได้ไม่เกิน {MaxPerComplaint} รูป", $"Attach at most {MaxPerComplaint} photos."), "photos");
}
