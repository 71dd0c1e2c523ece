namespace LocalGov.Permits.Applying;

/// <summary>An application as typed on the form (online or at the counter): every field a string, as given.</summary>
public sealed record ApplicationInput
{
    /// <summary>"person" or "juristic".</summary>
    public string? ApplicantKind { get; init; }
    public string? ApplicantName { get; init; }

    /// <summary>A person's 13-digit national ID, or a juristic person's 13-digit tax ID.</summary>
    public string? ApplicantId { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? BusinessName { get; init; }
    public string? PremisesAddress { get; init; }
    public string? AreaSquareMetres { get; init; }
    public string? FeeCategory { get; init; }
    public IReadOnlyDictionary<string, string?> Answers { get; init; } = new Dictionary<string, string?>();
}

/// <summary>A file as uploaded, for one of the type's documents (<see cref="DocumentCode"/>).</summary>
public sealed record UploadedDocument(string DocumentCode, string FileName, long Length, Func<CancellationToken, Task<byte[]?>> Read);

/// <summary>A document that passed the checks: its type read from the bytes.</summary>
public sealed record CheckedDocument(string DocumentCode, string FileName, string ContentType, byte[] Data);
