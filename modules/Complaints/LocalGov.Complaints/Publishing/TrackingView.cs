using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Workflow;
using LocalGov.Platform.Localization;

namespace LocalGov.Complaints.Publishing;

public sealed record TrackingPhoto(Guid Id, PhotoKind Kind);

/// <summary>A public step of the timeline: when, what, the public note and the department — never the staff name.</summary>
public sealed record TrackingStep(DateTime At, ComplaintEventKind Kind, string? Note, string? Department);

/// <summary>
/// What the tracking page may show this viewer. For a confidential complaint (only its reporter gets one at all)
/// everything but the status and the dates of the steps is left out.
/// </summary>
public sealed record TrackingView
{
    public required string Code { get; init; }
    public required ComplaintStatus Status { get; init; }
    public required IReadOnlyList<TrackingStep> Steps { get; init; }

    /// <summary>Confidential: status and step dates only.</summary>
    public bool Restricted { get; init; }

    public LocalizedText? Category { get; init; }
    public string? Description { get; init; }
    public string? Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public IReadOnlyList<TrackingPhoto> Photos { get; init; } = [];
    public string? Department { get; init; }
    public DateTime? FiledAt { get; init; }
    public DateTime? DueAt { get; init; }
    public DateTime? ResolvedAt { get; init; }
    public DateTime? ClosedAt { get; init; }
    public int? Rating { get; init; }

    /// <summary>The reporter's own comment with their rating: shown to them only.</summary>
    public string? RatingComment { get; init; }

    /// <summary>Where a transferred complaint went: the other LAO's code and the new tracking code.</summary>
    public string? TransferredToLao { get; init; }
    public string? TransferredToCode { get; init; }

    public bool IsReporter { get; init; }
    public bool CanReopen { get; init; }

    /// <summary>The last moment the reporter may reopen (resolution + Complaints.ReopenDays).</summary>
    public DateTime? ReopenUntil { get; init; }
    public bool CanRate { get; init; }

    /// <summary>A signed-in resident who did not report it may follow it while it is open.</summary>
    public bool CanFollow { get; init; }
    public bool IsFollowing { get; init; }

    public bool IsOpen => ComplaintStatusText.IsOpen(Status);

    public bool HasPin => Latitude is not null && Longitude is not null;
}
