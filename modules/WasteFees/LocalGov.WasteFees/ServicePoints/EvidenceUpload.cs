using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;

namespace LocalGov.WasteFees.ServicePoints;

/// <summary>
/// An exemption's evidence file (a scanned welfare card, a council decision): PDF, JPEG or PNG up to 5 MB, known by
/// its bytes — a renamed program called "card.pdf" is refused.
/// </summary>
public static class EvidenceUpload
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const string Field = "evidence_file";

    /// <summary>A checked file, not yet tied to a point.</summary>
    public sealed record Checked(string FileName, string ContentType, byte[] Data)
    {
        public ExemptionEvidenceFile For(Guid pointId) => new(pointId, FileName, ContentType, Data);
    }

    /// <summary>Reads and checks an upload; throws a message staff can act on.</summary>
    public static async Task<Checked> ReadAsync(string? fileName, long length, Stream content, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName ?? "");
        name = string.IsNullOrWhiteSpace(name) ? "evidence" : name.Length > 200 ? name[^200..] : name;
        var data = await UploadedFile.ReadLimitedAsync(content, length, MaxBytes, cancellationToken) ?? throw TooLarge(name);
        var type = Sniff(data) ?? throw new BusinessRuleException(new LocalizedText(
            $"ไฟล์ {name} ไม่ใช่ PDF, JPEG หรือ PNG (ตรวจจากเนื้อไฟล์ ไม่ใช่ชื่อไฟล์)",
            $"The file {name} is not a PDF, JPEG or PNG (checked by its content, not its name)."), Field);
        var (clean, problem) = UploadedFile.Clean(data, type, name);
        return clean is null ? throw new BusinessRuleException(problem!, Field) : new Checked(name, type, clean);
    }

    /// <summary>The type the bytes say, or null: PDF, JPEG or PNG.</summary>
    public static string? Sniff(ReadOnlySpan<byte> data) => UploadedFile.Sniff(data);

    private static BusinessRuleException TooLarge(string name) => new(new LocalizedText(
        $"ไฟล์ {name} ใหญ่เกิน 5 MB ย่อขนาดหรือสแกนใหม่ที่ความละเอียดต่ำลง", $"The file {name} is larger than 5 MB; make it smaller or scan it at a lower resolution."), Field);
}
