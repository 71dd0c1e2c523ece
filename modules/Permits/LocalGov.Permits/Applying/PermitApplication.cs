using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;

namespace LocalGov.Permits.Applying;

/// <summary>
/// An application for a permit and the law's clock on it (Licensing Facilitation Act B.E. 2558; ADR 15): the
/// decision is due <see cref="PermitType.DecisionDays"/> calendar days after the application is complete; missing
/// documents may be asked for once, which stops the clock until they arrive and then starts it again in full.
/// Every step adds an <see cref="ApplicationEvent"/>; a step the status does not allow throws a
/// <see cref="BusinessRuleException"/> (409) and changes nothing.
/// </summary>
public sealed class PermitApplication : Entity, IMultiTenant, IHasConcurrencyStamp
{
    public const int MaxText = 200;
    public const int MaxNote = 2000;

    private PermitApplication() { } // EF Core

    public PermitApplication(PermitType type, ApplicationKind kind, ApplicationChannel channel)
    {
        PermitTypeId = type.Id;
        Kind = kind;
        Channel = channel;
    }

    public Guid TenantId { get; set; }

    /// <summary>PMA-2570-000123, given at submission.</summary>
    public string Number { get; private set; } = "";

    public Guid PermitTypeId { get; private set; }
    public ApplicationKind Kind { get; private set; }
    public ApplicationChannel Channel { get; private set; }

    /// <summary>For a renewal: the permit it renews, and whether the applicant said nothing has changed.</summary>
    public Guid? RenewsPermitId { get; set; }
    public bool Unchanged { get; set; }

    public ApplicantKind ApplicantKind { get; set; }
    public Guid? ApplicantUserId { get; set; }
    [SensitiveData] public string ApplicantName { get; set; } = "";

    /// <summary>A person's national ID, encrypted; its keyed hash; and the masked form staff see.</summary>
    [SensitiveData] public string? ApplicantIdCipher { get; set; }
    public string? ApplicantIdHash { get; set; }
    public string? ApplicantIdMasked { get; set; }

    /// <summary>A juristic applicant's tax ID (a company's registration number is public).</summary>
    public string? JuristicTaxId { get; set; }

    [SensitiveData] public string? ApplicantEmail { get; set; }
    [SensitiveData] public string? ApplicantPhone { get; set; }

    /// <summary>"th" or "en": the language of the applicant's mail.</summary>
    public string Culture { get; set; } = "th";

    /// <summary>The business or project name and the premises' address: all the public verification page shows.</summary>
    public string BusinessName { get; set; } = "";
    public string PremisesAddress { get; set; } = "";
    public decimal? AreaSquareMetres { get; set; }
    public string? FeeCategory { get; set; }

    /// <summary>Answers to the type's extra fields, keyed by <see cref="ExtraField.Key"/>.</summary>
    public Dictionary<string, string> Answers { get; set; } = [];

    public ApplicationStatus Status { get; private set; } = ApplicationStatus.Submitted;
    public DateTime SubmittedAt { get; private set; }

    /// <summary>Staff who typed in a counter application.</summary>
    public string? ReceivedBy { get; set; }

    /// <summary>The day the decision clock last started: submission, or the day the missing documents arrived.</summary>
    public DateOnly? ClockStartedOn { get; private set; }

    /// <summary>The last day for the decision; null while the clock waits for documents, and once decided.</summary>
    public DateOnly? DueOn { get; private set; }

    public DateTime? DocumentsRequestedAt { get; private set; }
    public string? DocumentsRequest { get; private set; }
    public string? DocumentsRequestedBy { get; private set; }

    /// <summary>The day by which the applicant should send what is missing.</summary>
    public DateOnly? DocumentsDueOn { get; private set; }
    public DateTime? DocumentsSuppliedAt { get; private set; }

    public Guid? OfficerId { get; private set; }
    public string? OfficerName { get; private set; }

    /// <summary>Why the decision is late, in the officer's words, repeated in every 7-day notice.</summary>
    public string? LateReason { get; set; }
    public int LateNotices { get; private set; }
    public DateOnly? LastLateNoticeOn { get; private set; }

    public DateTime? DecidedAt { get; private set; }
    public DateOnly? DecidedOn { get; private set; }

    /// <summary>The due date the decision was measured against (kept when <see cref="DueOn"/> is cleared).</summary>
    public DateOnly? DecisionDueOn { get; private set; }
    public string? DecidedBy { get; private set; }

    /// <summary>Conditions of an approval, or the reasons of a rejection.</summary>
    public string? DecisionReasons { get; private set; }

    /// <summary>How to appeal a rejection: to whom, within how long (printed with the rejection).</summary>
    public string? AppealInfo { get; private set; }

    /// <summary>When the applicant was sent the decision (the Act: within 7 days); null until then.</summary>
    public DateTime? DecisionNotifiedAt { get; private set; }

    public decimal? Fee { get; private set; }
    public Guid? BillId { get; private set; }
    public string? BillNumber { get; private set; }
    public Guid? PermitId { get; private set; }

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public bool IsUndecided => ApplicationStatusText.IsUndecided(Status);

    /// <summary>Undecided past its due date: the applicant is told every 7 days and supervisors see it.</summary>
    public bool IsLate(DateOnly today) => IsUndecided && DueOn is { } due && due < today;

    /// <summary>Decided on or before the due date it was measured against (a decision while waiting for documents is never late).</summary>
    public bool DecidedInTime => DecidedOn is { } on && (DecisionDueOn is not { } due || on <= due);

    public ApplicationEvent Submit(string number, DateTime now, int decisionDays)
    {
        if (Number.Length > 0)
        {
            throw Conflict("คำขอนี้ยื่นแล้ว", "This application has already been submitted.");
        }
        Number = number;
        SubmittedAt = now;
        StartClock(BangkokTime.DateOf(now), decisionDays);
        return Event(now, ApplicationEventKind.Submitted, ReceivedBy, null);
    }

    /// <summary>
    /// Lists, in writing, what is missing. Allowed once per application (the Act, section 8): a second request is
    /// refused, whatever the status. Stops the clock until the applicant answers.
    /// </summary>
    public ApplicationEvent RequestDocuments(DateTime now, string officer, string whatIsMissing, DateOnly answerBy)
    {
        if (DocumentsRequestedAt is not null)
        {
            throw Conflict("ขอเอกสารเพิ่มเติมได้เพียงครั้งเดียวตาม พ.ร.บ.การอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558 " +
                "ได้ขอไปแล้วเมื่อ " + BangkokTime.Format(DocumentsRequestedAt, thai: true),
                "More documents may be asked for only once (Licensing Facilitation Act B.E. 2558); they were asked for on " +
                BangkokTime.Format(DocumentsRequestedAt, thai: false) + ".");
        }
        if (Status is not (ApplicationStatus.Submitted or ApplicationStatus.InReview))
        {
            throw NotNow();
        }
        if (string.IsNullOrWhiteSpace(whatIsMissing))
        {
            throw new BusinessRuleException(new("กรุณาระบุเอกสารหรือข้อมูลที่ขาดให้ครบ", "List what is missing."), "missing");
        }
        if (whatIsMissing.Trim().Length > MaxNote)
        {
            throw new BusinessRuleException(new($"รายการเอกสารที่ขาดยาวเกิน {MaxNote} ตัวอักษร", $"The list of what is missing is longer than {MaxNote} characters."), "missing");
        }
        DocumentsRequestedAt = now;
        DocumentsRequest = whatIsMissing.Trim();
        DocumentsRequestedBy = officer;
        DocumentsDueOn = answerBy;
        Status = ApplicationStatus.AwaitingDocuments;
        DueOn = null;
        return Event(now, ApplicationEventKind.DocumentsRequested, officer, DocumentsRequest);
    }

    /// <summary>The applicant (or the counter, for them) hands in what was asked for: the clock starts again in full.</summary>
    public ApplicationEvent SupplyDocuments(DateTime now, int decisionDays, string? actor)
    {
        if (Status != ApplicationStatus.AwaitingDocuments)
        {
            throw Conflict("คำขอนี้ไม่ได้รอเอกสารเพิ่มเติม", "This application is not waiting for documents.");
        }
        DocumentsSuppliedAt = now;
        Status = ApplicationStatus.InReview;
        StartClock(BangkokTime.DateOf(now), decisionDays);
        return Event(now, ApplicationEventKind.DocumentsSupplied, actor, null);
    }

    /// <summary>The officer found the application complete and takes it into review.</summary>
    public ApplicationEvent Accept(DateTime now, string officer)
    {
        if (Status != ApplicationStatus.Submitted)
        {
            throw NotNow();
        }
        Status = ApplicationStatus.InReview;
        return Event(now, ApplicationEventKind.Accepted, officer, null);
    }

    public ApplicationEvent Assign(DateTime now, Guid officerId, string officerName, string actor)
    {
        if (!IsUndecided)
        {
            throw NotNow();
        }
        OfficerId = officerId;
        OfficerName = officerName;
        return Event(now, ApplicationEventKind.Assigned, actor, officerName);
    }

    /// <summary>Approves with conditions (if any) and the fee; with no fee, the permit is issued straight away by the caller.</summary>
    public ApplicationEvent Approve(DateTime now, string officer, string? conditions, decimal fee)
    {
        if (Status is not (ApplicationStatus.Submitted or ApplicationStatus.InReview))
        {
            throw NotNow();
        }
        Decide(now, officer, conditions);
        Status = ApplicationStatus.Approved;
        Fee = fee;
        return Event(now, ApplicationEventKind.Approved, officer, DecisionReasons);
    }

    /// <summary>Rejects with reasons; the rejection carries how to appeal.</summary>
    public ApplicationEvent Reject(DateTime now, string officer, string reasons, string appealInfo)
    {
        if (!IsUndecided)
        {
            throw NotNow();
        }
        if (string.IsNullOrWhiteSpace(reasons))
        {
            throw new BusinessRuleException(new("กรุณาระบุเหตุผลที่ไม่อนุมัติ", "Give the reasons for the rejection."), "reasons");
        }
        Decide(now, officer, reasons);
        AppealInfo = appealInfo;
        Status = ApplicationStatus.Rejected;
        return Event(now, ApplicationEventKind.Rejected, officer, DecisionReasons);
    }

    public ApplicationEvent Withdraw(DateTime now)
    {
        if (!IsUndecided)
        {
            throw NotNow();
        }
        Status = ApplicationStatus.Withdrawn;
        DueOn = null;
        return Event(now, ApplicationEventKind.Withdrawn, null, null);
    }

    public ApplicationEvent BillFee(DateTime now, Guid billId, string billNumber)
    {
        BillId = billId;
        BillNumber = billNumber;
        return Event(now, ApplicationEventKind.FeeBilled, null, billNumber);
    }

    /// <summary>The fee bill was cancelled unpaid: the approval stands and waits for a new bill.</summary>
    public ApplicationEvent FeeBillCancelled(DateTime now, string billNumber, string reason)
    {
        BillId = null;
        BillNumber = null;
        var why = LocalizedText.FromStored(reason);
        return Event(now, ApplicationEventKind.Note, null,
            new LocalizedText($"ยกเลิกใบแจ้งหนี้ {billNumber}: {why.Th}", $"Bill {billNumber} cancelled: {why.En}").Stored);
    }

    public ApplicationEvent MarkIssued(DateTime now, Guid permitId, string permitNumber)
    {
        if (Status != ApplicationStatus.Approved)
        {
            throw NotNow();
        }
        Status = ApplicationStatus.Issued;
        PermitId = permitId;
        return Event(now, ApplicationEventKind.Issued, null, permitNumber);
    }

    public void MarkDecisionNotified(DateTime now) => DecisionNotifiedAt ??= now;

    /// <summary>
    /// Records the 7-day notice due on <paramref name="today"/>: mailed, or — for an applicant without email — an
    /// internal note that staff must send it by letter (the case and the late list show it).
    /// </summary>
    public ApplicationEvent RecordLateNotice(DateTime now, DateOnly today, bool mailed = true)
    {
        LateNotices++;
        LastLateNoticeOn = today;
        return mailed
            ? Event(now, ApplicationEventKind.LateNotice, null, LateReason)
            : Event(now, ApplicationEventKind.Note, null, new LocalizedText("ถึงกำหนดแจ้งเหตุล่าช้า ผู้ยื่นไม่มีอีเมล ต้องแจ้งเป็นหนังสือ", "A late notice is due: no email, send it by letter").Stored);
    }

    /// <summary>A late application is due a notice when none was sent yet, or the last one is 7 days old.</summary>
    public bool LateNoticeDue(DateOnly today) => IsLate(today) && (LastLateNoticeOn is not { } last || last.AddDays(7) <= today);

    public ApplicationEvent Note(DateTime now, string actor, string note) => Event(now, ApplicationEventKind.Note, actor, note);

    private void StartClock(DateOnly from, int decisionDays)
    {
        ClockStartedOn = from;
        DueOn = from.AddDays(decisionDays);
    }

    private void Decide(DateTime now, string officer, string? reasons)
    {
        DecidedAt = now;
        DecidedOn = BangkokTime.DateOf(now);
        DecisionDueOn = DueOn;
        DecidedBy = officer;
        DecisionReasons = string.IsNullOrWhiteSpace(reasons) ? null : reasons.Trim();
        DueOn = null;
    }

    private ApplicationEvent Event(DateTime now, ApplicationEventKind kind, string? actor, string? note) => new(Id, now, kind, actor, note);

    private BusinessRuleException NotNow()
    {
        var status = ApplicationStatusText.Of(Status);
        return Conflict($"ทำรายการนี้ไม่ได้ เพราะคำขอมีสถานะ \"{status.Th}\"", $"This cannot be done while the application is \"{status.En}\".");
    }

    private static BusinessRuleException Conflict(string th, string en) => new(new LocalizedText(th, en), null, 409);
}
