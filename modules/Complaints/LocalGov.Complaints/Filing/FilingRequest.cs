using LocalGov.Complaints.Workflow;

namespace LocalGov.Complaints.Filing;

/// <summary>Who reported it. Staff see these; the public never does.</summary>
public sealed record Reporter(Guid? UserId = null, string? Name = null, string? Email = null, string? Phone = null);

/// <summary>Everything a channel (web form, staff entry, Open311) hands to <see cref="ComplaintFiling"/>.</summary>
public sealed record FilingRequest(
    string CategoryCode,
    string? Description,
    double? Latitude,
    double? Longitude,
    string? Address,
    ComplaintChannel Channel,
    Reporter Reporter)
{
    public IReadOnlyList<PhotoFile> Photos { get; init; } = [];

    /// <summary>Someone without an account: the complaint waits until they click the link mailed to them.</summary>
    public bool ConfirmByEmail { get; init; }

    public string? ChannelDetail { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Attributes { get; init; }
    public string? AddressId { get; init; }
    public string? Zipcode { get; init; }
    public string? DeviceId { get; init; }
    public string? AccountId { get; init; }
    public string? MediaUrl { get; init; }

    /// <summary>"th" or "en": the language of the mail the filer receives.</summary>
    public string Culture { get; init; } = "th";
}

/// <summary>The filed complaint and, when it was made, the key for the filer's links (never stored, only its hash).</summary>
public sealed record FilingResult(Complaint Complaint, string? AccessKey)
{
    public bool AwaitingConfirmation => Complaint.Status == ComplaintStatus.PendingConfirmation;
}
