using LocalGov.Platform.Data;

namespace LocalGov.Platform.Web.HeldUploads;

/// <summary>
/// A file someone attached to a form that was refused for another reason (a field to fix, a possible duplicate to
/// look at), kept on the server so the next submission of the same form does not ask for it again. Found only by the
/// token the form carries (its hash is stored), only in the LAO it was given in, and only for
/// <see cref="HeldUploads.Lifetime"/>.
/// </summary>
public sealed class HeldUpload : INotAudited
{
    private HeldUpload() { } // EF Core

    internal HeldUpload(Guid tenantId, string tokenHash, string field, string fileName, string contentType, byte[] data, DateTime heldAt)
    {
        TenantId = tenantId;
        TokenHash = tokenHash;
        Field = field;
        FileName = fileName;
        ContentType = contentType;
        Data = data;
        HeldAt = heldAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>The LAO the form was sent in; <see cref="Guid.Empty"/> outside any LAO.</summary>
    public Guid TenantId { get; private set; }

    /// <summary>SHA-256 of the token the form carries, hex: the token itself is never stored.</summary>
    public string TokenHash { get; private set; } = "";

    /// <summary>The form field the file was attached to, e.g. "photos" or "documents[plan]".</summary>
    public string Field { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public byte[] Data { get; private set; } = [];
    public DateTime HeldAt { get; private set; }
}
