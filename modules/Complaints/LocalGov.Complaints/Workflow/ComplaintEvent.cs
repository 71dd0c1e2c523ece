using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Complaints.Workflow;

public enum ComplaintEventKind
{
    Filed,
    Confirmed,
    Assigned,
    Started,
    Resolved,
    Rejected,
    Reopened,
    Rated,
    Closed,
    Transferred,
    Received,
    Overdue,
    Note,
}

/// <summary>
/// One step in a complaint's life, timestamped. The resident's timeline shows <see cref="PublicNote"/> and never
/// <see cref="InternalNote"/>; an internal note alone (kind Note) is not shown to the resident at all.
/// </summary>
public sealed class ComplaintEvent : IMultiTenant, INotAudited
{
    private ComplaintEvent() { } // EF Core

    public ComplaintEvent(Guid complaintId, DateTime at, ComplaintEventKind kind, ComplaintStatus status)
    {
        ComplaintId = complaintId;
        At = at;
        Kind = kind;
        Status = status;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid ComplaintId { get; private set; }
    public DateTime At { get; private set; }
    public ComplaintEventKind Kind { get; private set; }

    /// <summary>The status after this step.</summary>
    public ComplaintStatus Status { get; private set; }

    /// <summary>Staff display name, or null for the resident or the system.</summary>
    public string? Actor { get; set; }
    public string? PublicNote { get; set; }
    public string? InternalNote { get; set; }
    public string? Department { get; set; }

    public bool IsPublic => Kind != ComplaintEventKind.Note;

    public static LocalizedText Describe(ComplaintEventKind kind) => kind switch
    {
        ComplaintEventKind.Filed => new("ยื่นเรื่อง", "Filed"),
        ComplaintEventKind.Confirmed => new("ยืนยันอีเมลและรับเรื่อง", "Email confirmed; complaint received"),
        ComplaintEventKind.Assigned => new("มอบหมายผู้รับผิดชอบ", "Assigned"),
        ComplaintEventKind.Started => new("เริ่มดำเนินการ", "Work started"),
        ComplaintEventKind.Resolved => new("แก้ไขแล้ว", "Resolved"),
        ComplaintEventKind.Rejected => new("ไม่รับดำเนินการ", "Rejected"),
        ComplaintEventKind.Reopened => new("ผู้แจ้งเปิดเรื่องอีกครั้ง", "Reopened by the resident"),
        ComplaintEventKind.Rated => new("ผู้แจ้งให้คะแนนความพึงพอใจ", "Rated by the resident"),
        ComplaintEventKind.Closed => new("ปิดเรื่อง", "Closed"),
        ComplaintEventKind.Transferred => new("ส่งต่อหน่วยงานที่รับผิดชอบ", "Transferred to the responsible LAO"),
        ComplaintEventKind.Received => new("รับเรื่องต่อจากหน่วยงานอื่น", "Received from another LAO"),
        ComplaintEventKind.Overdue => new("เกินกำหนดเวลาดำเนินการ", "Past its due time"),
        ComplaintEventKind.Note => new("บันทึกภายใน", "Internal note"),
        _ => new(kind.ToString(), kind.ToString()),
    };
}
