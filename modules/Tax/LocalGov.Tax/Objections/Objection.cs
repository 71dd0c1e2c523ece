using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Tax.Objections;

public enum ObjectionStatus
{
    Filed = 1,
    /// <summary>Upheld: the assessment was corrected (re-assessed, the bills brought to the new figure).</summary>
    Upheld = 2,
    Rejected = 3,
}

/// <summary>
/// An owner's objection to an assessment (คำร้องคัดค้านการประเมิน), filed within 30 days of the notice: the grounds,
/// and the officer's decision — a corrected assessment, or the reasons it stands.
/// </summary>
public sealed class Objection : Entity, IMultiTenant, IHasConcurrencyStamp
{
    public const int MaxText = 4000;
    public const int FilingDays = 30;

    private Objection() { } // EF Core

    internal Objection(string number, Guid assessmentId, string assessmentNumber, string grounds, Guid? filedByUserId, DateTime filedAt)
    {
        Number = number;
        AssessmentId = assessmentId;
        AssessmentNumber = assessmentNumber;
        Grounds = grounds;
        FiledByUserId = filedByUserId;
        FiledAt = filedAt;
        Status = ObjectionStatus.Filed;
    }

    public Guid TenantId { get; private set; }
    public string Number { get; private set; } = "";
    public Guid AssessmentId { get; private set; }
    public string AssessmentNumber { get; private set; } = "";
    public string Grounds { get; private set; } = "";
    public Guid? FiledByUserId { get; private set; }
    public DateTime FiledAt { get; private set; }
    public ObjectionStatus Status { get; private set; }
    public string? Decision { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    /// <summary>The assessment's total before and after an upheld objection.</summary>
    public decimal? TotalBefore { get; private set; }
    public decimal? TotalAfter { get; private set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    internal void Decide(ObjectionStatus status, string decision, string by, DateTime at, decimal before, decimal after)
    {
        Status = status;
        Decision = decision;
        DecidedBy = by;
        DecidedAt = at;
        TotalBefore = before;
        TotalAfter = after;
    }
}
