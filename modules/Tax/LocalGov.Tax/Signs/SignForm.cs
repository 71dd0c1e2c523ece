using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;

namespace LocalGov.Tax.Signs;

/// <summary>A sign's fields as posted by the staff forms, turned into <see cref="SignDetails"/> for the checks.</summary>
public sealed class SignForm
{
    public string? Place { get; set; }
    public string? Address { get; set; }
    public string? Wording { get; set; }
    public int? Type { get; set; }
    public bool Moving { get; set; }
    public int? WidthCm { get; set; }
    public int? HeightCm { get; set; }
    public DateOnly? InstalledOn { get; set; }

    public SignDetails Details => new(Place, Address, Wording, Type, Moving, WidthCm, HeightCm, InstalledOn);

    public static SignForm From(Sign sign) => new()
    {
        Place = sign.Place,
        Address = sign.Address,
        Wording = sign.Wording,
        Type = sign.Type,
        Moving = sign.Moving,
        WidthCm = sign.WidthCm,
        HeightCm = sign.HeightCm,
        InstalledOn = sign.InstalledOn,
    };
}

/// <summary>A sign photo upload checked by its bytes: JPEG or PNG of at most 5 MB.</summary>
public static class SignPhotos
{
    public static async Task<(byte[]? Bytes, string? ContentType, FieldError? Error)> ReadAsync(Stream content, long length, string field,
        CancellationToken cancellationToken)
    {
        var bytes = await UploadedFile.ReadLimitedAsync(content, length, SignPhoto.MaxBytes, cancellationToken);
        if (bytes is null)
        {
            return (null, null, new(field, new LocalizedText("รูปถ่ายใหญ่เกิน 5 MB", "The photo is larger than 5 MB.")));
        }
        var type = UploadedFile.Sniff(bytes);
        if (type is not (UploadedFile.Jpeg or UploadedFile.Png))
        {
            return (null, null, new(field, new LocalizedText("รูปถ่ายต้องเป็นไฟล์ JPEG หรือ PNG", "The photo must be a JPEG or PNG image.")));
        }
        var (clean, problem) = UploadedFile.Clean(bytes, type, "");
        return clean is null ? (null, null, new(field, problem!)) : (clean, type, null);
    }

    public static SignPhoto Create(Sign sign, string fileName, string contentType, byte[] bytes)
    {
        var name = Path.GetFileName(fileName);
        var photo = new SignPhoto(sign.Id, name.Length > 200 ? name[^200..] : name, contentType, bytes);
        sign.PhotoId = photo.Id;
        return photo;
    }
}
