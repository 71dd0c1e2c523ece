using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Permits.Applying;

public enum ApplicationEventKind
{
    Submitted,
    DocumentsRequested,
    DocumentsSupplied,
    Accepted,
    Assigned,
    InspectionScheduled,
    InspectionRecorded,
    Approved,
    Rejected,
    FeeBilled,
    Issued,
    LateNotice,
    Withdrawn,
    Note,
}

/// <summary>One step of an application, timestamped; the applicant's timeline shows every kind except internal notes.</summary>
public sealed class ApplicationEvent : IMultiTenant, INotAudited
{
    private ApplicationEvent() { } // EF Core

    public ApplicationEvent(Guid applicationId, DateTime at, ApplicationEventKind kind, string? actor, string? note)
    {
        ApplicationId = applicationId;
        At = at;
        Kind = kind;
        Actor = actor;
        Note = note;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid ApplicationId { get; private set; }
    public DateTime At { get; private set; }
    public ApplicationEventKind Kind { get; private set; }

    /// <summary>Staff display name; null for the applicant or the system.</summary>
    public string? Actor { get; private set; }
    public string? Note { get; private set; }

    public bool IsPublic => Kind != ApplicationEventKind.Note;

    public static LocalizedText Describe(ApplicationEventKind kind) => kind switch
    {
        ApplicationEventKind.Submitted => new("ยื่นคำขอ", "Application submitted"),
        ApplicationEventKind.DocumentsRequested => new("แจ้งเอกสารที่ขาดเป็นหนังสือ", "Missing documents listed in writing"),
        ApplicationEventKind.DocumentsSupplied => new("ยื่นเอกสารเพิ่มเติมแล้ว", "Missing documents supplied"),
        ApplicationEventKind.Accepted => new("ตรวจแล้วคำขอครบถ้วน", "Checked and complete"),
        ApplicationEventKind.Assigned => new("มอบหมายเจ้าหน้าที่", "Officer assigned"),
        ApplicationEventKind.InspectionScheduled => new("นัดตรวจสถานที่", "Inspection scheduled"),
        ApplicationEventKind.InspectionRecorded => new("บันทึกผลการตรวจสถานที่", "Inspection result recorded"),
        ApplicationEventKind.Approved => new("อนุมัติ", "Approved"),
        ApplicationEventKind.Rejected => new("ไม่อนุมัติ", "Rejected"),
        ApplicationEventKind.FeeBilled => new("ออกใบแจ้งค่าธรรมเนียม", "Fee billed"),
        ApplicationEventKind.Issued => new("ออกใบอนุญาต", "Permit issued"),
        ApplicationEventKind.LateNotice => new("แจ้งเหตุที่ยังพิจารณาไม่แล้วเสร็จ", "Told the applicant why the decision is late"),
        ApplicationEventKind.Withdrawn => new("ถอนคำขอ", "Withdrawn"),
        _ => new("บันทึกภายใน", "Internal note"),
    };
}
