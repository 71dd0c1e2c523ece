using LocalGov.Platform.Data;

namespace LocalGov.Platform.Web.Idempotency;

/// <summary>
/// One submission, claimed before its handler runs and completed with the answer it got: a repeat of the same key
/// (a double click, a client retrying) is answered from here instead of running again. Unique per tenant and key
/// (the database's primary key), so two nodes or two concurrent duplicates cannot both claim it.
/// </summary>
public sealed class IdempotencyRecord : INotAudited
{
    private IdempotencyRecord() { } // EF Core

    internal IdempotencyRecord(Guid tenantId, string key, string fingerprint, DateTime createdAt)
    {
        TenantId = tenantId;
        Key = key;
        Fingerprint = fingerprint;
        CreatedAt = createdAt;
    }

    /// <summary>The LAO the submission was made in; <see cref="Guid.Empty"/> outside any LAO.</summary>
    public Guid TenantId { get; private set; }

    /// <summary>A hash of who submitted (account or API client) and the key they sent: one caller cannot replay another's.</summary>
    public string Key { get; private set; } = "";

    /// <summary>A hash of the method, path and fields: the same key sent with another form is refused, not replayed.</summary>
    public string Fingerprint { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    /// <summary>Null while the first submission is still running.</summary>
    public DateTime? CompletedAt { get; private set; }

    public int StatusCode { get; private set; }
    public string? Location { get; private set; }
    public string? ContentType { get; private set; }
    public byte[]? Body { get; private set; }
}
