using LocalGov.Platform.Localization;

namespace LocalGov.Permits.Applying;

/// <summary>Where an application stands. The decision clock runs in Submitted and InReview only.</summary>
public enum ApplicationStatus
{
    /// <summary>Received; the officer has not yet checked it is complete. The clock runs from submission.</summary>
    Submitted,

    /// <summary>The officer asked, in writing and once only, for what was missing; the clock waits for the applicant.</summary>
    AwaitingDocuments,

    /// <summary>Complete and with an officer (inspection, if the type needs one, happens here).</summary>
    InReview,

    /// <summary>Approved; the permit is issued when the fee bill is paid.</summary>
    Approved,

    /// <summary>The permit exists (also: a notification certified).</summary>
    Issued,

    Rejected,

    /// <summary>The applicant withdrew it before the decision.</summary>
    Withdrawn,
}

public static class ApplicationStatusText
{
    public static readonly ApplicationStatus[] Undecided = [ApplicationStatus.Submitted, ApplicationStatus.AwaitingDocuments, ApplicationStatus.InReview];

    public static bool IsUndecided(ApplicationStatus status) => Undecided.Contains(status);

    public static LocalizedText Of(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => new("รับคำขอแล้ว รอตรวจความครบถ้วน", "Received, being checked for completeness"),
        ApplicationStatus.AwaitingDocuments => new("รอเอกสารเพิ่มเติมจากผู้ยื่น", "Waiting for documents from the applicant"),
        ApplicationStatus.InReview => new("อยู่ระหว่างพิจารณา", "Under review"),
        ApplicationStatus.Approved => new("อนุมัติแล้ว รอชำระค่าธรรมเนียม", "Approved, waiting for the fee"),
        ApplicationStatus.Issued => new("ออกใบอนุญาตแล้ว", "Permit issued"),
        ApplicationStatus.Rejected => new("ไม่อนุมัติ", "Rejected"),
        _ => new("ถอนคำขอแล้ว", "Withdrawn"),
    };
}
