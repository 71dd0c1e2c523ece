using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Data;

namespace LocalGov.Permits.Applying;

/// <summary>
/// A file handed in with an application: PDF, JPEG or PNG, its type read from its bytes. <see cref="Supplement"/>
/// marks the ones sent in answer to the officer's request. Not audited (too big); reading one is.
/// </summary>
public sealed class ApplicationDocument : IMultiTenant, INotAudited
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxFiles = 12;

    private ApplicationDocument() { } // EF Core

    public ApplicationDocument(Guid applicationId, string documentCode, string fileName, string contentType, byte[] data, DateTime at, bool supplement)
    {
        ApplicationId = applicationId;
        DocumentCode = documentCode;
        FileName = fileName;
        ContentType = contentType;
        Data = data;
        Length = data.Length;
        UploadedAt = at;
        Supplement = supplement;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid ApplicationId { get; private set; }

    /// <summary>Which of the type's documents this is (<c>RequiredDocument.Code</c>), or "other".</summary>
    public string DocumentCode { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public byte[] Data { get; private set; } = [];
    public int Length { get; private set; }
    public DateTime UploadedAt { get; private set; }
    public bool Supplement { get; private set; }

    public ApplicationDocument CopyFor(Guid applicationId, DateTime at) => new(applicationId, DocumentCode, FileName, ContentType, Data, at, supplement: false);
}

/// <summary>A document's facts without its bytes, for lists.</summary>
public sealed record DocumentInfo(Guid Id, string DocumentCode, string FileName, string ContentType, int Length, DateTime UploadedAt, bool Supplement);
