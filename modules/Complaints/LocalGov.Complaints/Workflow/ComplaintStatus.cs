using LocalGov.Platform.Localization;

namespace LocalGov.Complaints.Workflow;

/// <summary>
/// Where a complaint stands. Open311 shows Filed, Assigned, InProgress and Reopened as <c>open</c>; Resolved,
/// Rejected, Closed and Transferred as <c>closed</c>; a complaint awaiting its filer's email confirmation is not
/// shown anywhere until confirmed.
/// </summary>
public enum ComplaintStatus
{
    PendingConfirmation,
    Filed,
    Assigned,
    InProgress,
    Resolved,
    Rejected,
    Reopened,
    Closed,
    Transferred,
}

/// <summary>How a complaint reached the LAO.</summary>
public enum ComplaintChannel
{
    Web,
    Open311,
    Phone,
    WalkIn,
    Letter,
    Email,
    Line,
    Transfer,
}

public static class ComplaintStatusText
{
    /// <summary>The statuses Open311 calls <c>open</c>: the LAO still owes an answer. Usable in queries.</summary>
    public static readonly ComplaintStatus[] Open =
        [ComplaintStatus.Filed, ComplaintStatus.Assigned, ComplaintStatus.InProgress, ComplaintStatus.Reopened];

    public static bool IsOpen(ComplaintStatus status) => Open.Contains(status);

    /// <summary>Shown to the public (tracking page, lists, Open311): confirmed and not waiting for confirmation.</summary>
    public static bool IsVisible(ComplaintStatus status) => status != ComplaintStatus.PendingConfirmation;

    public static LocalizedText Of(ComplaintStatus status) => status switch
    {
        ComplaintStatus.PendingConfirmation => new("รอยืนยันอีเมล", "Awaiting email confirmation"),
        ComplaintStatus.Filed => new("รับเรื่องแล้ว", "Received"),
        ComplaintStatus.Assigned => new("มอบหมายผู้รับผิดชอบแล้ว", "Assigned"),
        ComplaintStatus.InProgress => new("กำลังดำเนินการ", "In progress"),
        ComplaintStatus.Resolved => new("แก้ไขแล้ว", "Resolved"),
        ComplaintStatus.Rejected => new("ไม่รับดำเนินการ", "Rejected"),
        ComplaintStatus.Reopened => new("เปิดเรื่องอีกครั้ง", "Reopened"),
        ComplaintStatus.Closed => new("ปิดเรื่อง", "Closed"),
        ComplaintStatus.Transferred => new("ส่งต่อหน่วยงานอื่น", "Transferred"),
        _ => new(status.ToString(), status.ToString()),
    };

    public static LocalizedText Of(ComplaintChannel channel) => channel switch
    {
        ComplaintChannel.Web => new("เว็บไซต์", "Website"),
        ComplaintChannel.Open311 => new("แอปพลิเคชันภายนอก (Open311)", "Outside app (Open311)"),
        ComplaintChannel.Phone => new("โทรศัพท์", "Phone"),
        ComplaintChannel.WalkIn => new("ยื่นที่สำนักงาน", "Walk-in"),
        ComplaintChannel.Letter => new("หนังสือ", "Letter"),
        ComplaintChannel.Email => new("อีเมล", "Email"),
        ComplaintChannel.Line => new("ไลน์", "LINE"),
        ComplaintChannel.Transfer => new("ส่งต่อจากหน่วยงานอื่น", "Transferred from another LAO"),
        _ => new(channel.ToString(), channel.ToString()),
    };
}
