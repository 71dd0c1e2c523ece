using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Permits.Review;

/// <summary>A JPEG or PNG taken on site (type checked from the bytes). Not audited: too big.</summary>
public sealed class InspectionPhoto : IMultiTenant, INotAudited
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxFiles = 6;

    private InspectionPhoto() { } // EF Core

    public InspectionPhoto(Guid inspectionId, string contentType, byte[] data)
    {
        InspectionId = inspectionId;
        ContentType = contentType;
        Data = data;
        Length = data.Length;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid InspectionId { get; private set; }
    public string ContentType { get; private set; } = "";
    public byte[] Data { get; private set; } = [];
    public int Length { get; private set; }
}
