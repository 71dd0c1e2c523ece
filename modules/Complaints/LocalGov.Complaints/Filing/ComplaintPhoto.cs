using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Complaints.Filing;

public enum PhotoKind
{
    /// <summary>Sent with the complaint.</summary>
    Report,

    /// <summary>Taken by the officer when resolving ("after").</summary>
    After,
}

/// <summary>A JPEG or PNG kept with its complaint (bytes checked, never trusted by name). Not audited: too big.</summary>
public sealed class ComplaintPhoto : IMultiTenant, INotAudited
{
    private ComplaintPhoto() { } // EF Core

    public ComplaintPhoto(Guid complaintId, PhotoKind kind, string contentType, byte[] data, int sequence)
    {
        ComplaintId = complaintId;
        Kind = kind;
        ContentType = contentType;
        Data = data;
        Length = data.Length;
        Sequence = sequence;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid ComplaintId { get; private set; }
    public PhotoKind Kind { get; private set; }
    public string ContentType { get; private set; } = "";
    public byte[] Data { get; private set; } = [];
    public int Length { get; private set; }
    public int Sequence { get; private set; }

    /// <summary>Hidden by staff (a face, a number plate): kept, but never served to the public.</summary>
    public bool Hidden { get; set; }

    public ComplaintPhoto CopyFor(Guid complaintId) => new(complaintId, Kind, ContentType, Data, Sequence) { Hidden = Hidden };
}

/// <summary>A photo's facts without its bytes, for pages that list photos.</summary>
public sealed record PhotoInfo(Guid Id, PhotoKind Kind, bool Hidden, int Length);
