using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;

namespace LocalGov.Complaints.Workflow;

/// <summary>
/// A complaint and the rules of its workflow (DOMAIN.md, after DIGIT PGR): filed → assigned → in progress →
/// resolved or rejected, or transferred to the LAO it belongs to; the resident may reopen within a set number of
/// days or rate 1–5 (which closes it); resolved complaints close themselves. Every step adds a
/// <see cref="ComplaintEvent"/>; a step the current status does not allow throws a <see cref="BusinessRuleException"/>
/// (409) that says why, and nothing changes.
/// </summary>
public sealed class Complaint : Entity, IMultiTenant, IHasConcurrencyStamp
{
    public const int MaxDescription = 4000;

    private Complaint() { } // EF Core

    public Complaint(Guid categoryId, bool confidential, string description, ComplaintChannel channel)
    {
        CategoryId = categoryId;
        Confidential = confidential;
        Description = description;
        Channel = channel;
    }

    public Guid TenantId { get; set; }

    /// <summary>CMP-2570-000123; null until the filer's email is confirmed (numbers stay gap-free).</summary>
    public string? TrackingCode { get; private set; }

    public Guid CategoryId { get; private set; }

    /// <summary>Copied from the category when filed: a confidential complaint never appears in public.</summary>
    public bool Confidential { get; private set; }

    public string Description { get; private set; } = "";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? Address { get; set; }

    /// <summary>Open311 <c>address_id</c> and <c>zipcode</c>, when a client sends them.</summary>
    public string? AddressId { get; set; }
    public string? Zipcode { get; set; }

    public ComplaintChannel Channel { get; private set; }

    /// <summary>The Open311 client, or the staff member who took the call.</summary>
    public string? ChannelDetail { get; set; }

    public Guid? ReporterUserId { get; set; }
    [SensitiveData] public string? ReporterName { get; set; }
    [SensitiveData] public string? ReporterEmail { get; set; }
    [SensitiveData] public string? ReporterPhone { get; set; }

    /// <summary>"th" or "en": the language of the mail the reporter receives.</summary>
    public string Culture { get; set; } = "th";

    /// <summary>Open311 <c>device_id</c> and <c>account_id</c>.</summary>
    public string? DeviceId { get; set; }
    public string? AccountId { get; set; }

    /// <summary>Open311 attribute answers, as JSON {code: value or [values]}.</summary>
    public string? AttributesJson { get; set; }

    /// <summary>A photo link an Open311 client sent (<c>media_url</c>).</summary>
    public string? MediaUrl { get; set; }

    /// <summary>Hash of the key in the filer's links: lets someone without an account confirm, reopen and rate.</summary>
    public string? AccessKeyHash { get; set; }

    /// <summary>The same key, encrypted, so later mail can carry a working link.</summary>
    public string? AccessKeyCipher { get; set; }
    public DateTime? ConfirmationExpiresAt { get; set; }

    public ComplaintStatus Status { get; private set; } = ComplaintStatus.Filed;
    public string Department { get; set; } = "";
    public Guid? OfficerId { get; private set; }
    public string? OfficerName { get; private set; }

    /// <summary>Open311 <c>requested_datetime</c>: when the LAO received it (filed, or confirmed by email).</summary>
    public DateTime? FiledAt { get; private set; }

    /// <summary>The SLA due time (Open311 <c>expected_datetime</c>).</summary>
    public DateTime? DueAt { get; private set; }

    /// <summary>When the SLA job found it past due and told the supervisors (once per due time).</summary>
    public DateTime? OverdueAt { get; private set; }

    public DateTime? ResolvedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    /// <summary>The last change the public can see (Open311 <c>updated_datetime</c>).</summary>
    public DateTime? UpdatedAt { get; private set; }

    /// <summary>The resident-facing explanation of the current status (Open311 <c>status_notes</c>).</summary>
    public string? StatusNotes { get; private set; }

    public int? Rating { get; private set; }
    public string? RatingComment { get; private set; }
    public int ReopenCount { get; private set; }

    public string? TransferredToLao { get; private set; }
    public string? TransferredToCode { get; private set; }
    public string? TransferredFromLao { get; set; }
    public string? TransferredFromCode { get; set; }

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public bool IsOpen => ComplaintStatusText.IsOpen(Status);

    public bool IsOverdue(DateTime now) => IsOpen && DueAt is { } due && due < now;

    /// <summary>Filed by someone whose email is not yet confirmed: waits, numberless, until they click the link.</summary>
    public ComplaintEvent AwaitConfirmation(DateTime now, DateTime expiresAt)
    {
        Status = ComplaintStatus.PendingConfirmation;
        ConfirmationExpiresAt = expiresAt;
        return new ComplaintEvent(Id, now, ComplaintEventKind.Filed, Status);
    }

    /// <summary>The LAO has it: tracking code, SLA clock started.</summary>
    public ComplaintEvent Receive(string trackingCode, DateTime now, int slaHours, ComplaintEventKind kind = ComplaintEventKind.Filed)
    {
        if (TrackingCode is not null)
        {
            throw Refused(new("เรื่องนี้ได้รับไว้แล้ว", "This complaint has already been received."));
        }
        TrackingCode = trackingCode;
        Status = ComplaintStatus.Filed;
        FiledAt = now;
        DueAt = now.AddHours(slaHours);
        ConfirmationExpiresAt = null;
        return Touch(new ComplaintEvent(Id, now, kind, Status), null);
    }

    public ComplaintEvent Assign(string department, Guid officerId, string officerName, DateTime now, string? actor)
    {
        Require("มอบหมาย", "assigned", ComplaintStatus.Filed, ComplaintStatus.Assigned, ComplaintStatus.InProgress, ComplaintStatus.Reopened);
        Department = Limited(department, 200, "department") ?? throw new BusinessRuleException(
            new("ระบุกองหรือฝ่ายที่รับผิดชอบ", "Name the responsible department."), "department");
        OfficerId = officerId;
        OfficerName = officerName;
        Status = Status == ComplaintStatus.InProgress ? ComplaintStatus.InProgress : ComplaintStatus.Assigned;
        return Touch(new ComplaintEvent(Id, now, ComplaintEventKind.Assigned, Status) { Actor = actor, Department = Department },
            new LocalizedText($"มอบหมายให้{Department}ดำเนินการ", $"Assigned to {Department}").Stored);
    }

    public ComplaintEvent Start(DateTime now, string? actor, string? publicNote)
    {
        Require("เริ่มดำเนินการ", "started", ComplaintStatus.Assigned, ComplaintStatus.Reopened);
        RequireOfficer("เริ่มดำเนินการ", "started");
        Status = ComplaintStatus.InProgress;
        var note = Limited(publicNote, MaxNote, "note");
        return Touch(new ComplaintEvent(Id, now, ComplaintEventKind.Started, Status) { Actor = actor, PublicNote = note },
            note ?? new LocalizedText("เจ้าหน้าที่กำลังดำเนินการ", "An officer is working on it").Stored);
    }

    public ComplaintEvent Resolve(string note, DateTime now, string? actor)
    {
        Require("แจ้งว่าแก้ไขแล้ว", "resolved", ComplaintStatus.Assigned, ComplaintStatus.InProgress, ComplaintStatus.Reopened);
        RequireOfficer("แจ้งว่าแก้ไขแล้ว", "resolved");
        var text = Limited(note, MaxNote, "note") ?? throw new BusinessRuleException(
            new("เขียนบันทึกการแก้ไขให้ผู้แจ้งทราบ", "Write a resolution note for the resident."), "note");
        Status = ComplaintStatus.Resolved;
        ResolvedAt = now;
        return Touch(new ComplaintEvent(Id, now, ComplaintEventKind.Resolved, Status) { Actor = actor, PublicNote = text }, text);
    }

    public ComplaintEvent Reject(string reason, DateTime now, string? actor)
    {
        Require("ปฏิเสธ", "rejected", ComplaintStatus.Filed, ComplaintStatus.Assigned, ComplaintStatus.InProgress, ComplaintStatus.Reopened);
        var text = Limited(reason, MaxNote, "reason") ?? throw new BusinessRuleException(
            new("ระบุเหตุผลที่ไม่รับดำเนินการ", "Give the reason for rejecting it."), "reason");
        Status = ComplaintStatus.Rejected;
        ResolvedAt = now;
        return Touch(new ComplaintEvent(Id, now, ComplaintEventKind.Rejected, Status) { Actor = actor, PublicNote = text }, text);
    }

    /// <summary>Wrong jurisdiction: the other LAO now holds a full copy under its own tracking code.</summary>
    public ComplaintEvent TransferTo(string laoCode, string laoName, string newTrackingCode, string reason, DateTime now, string? actor)
    {
        Require("ส่งต่อ", "transferred", ComplaintStatus.Filed, ComplaintStatus.Assigned, ComplaintStatus.InProgress, ComplaintStatus.Reopened);
        Status = ComplaintStatus.Transferred;
        TransferredToLao = laoCode;
        TransferredToCode = newTrackingCode;
        ClosedAt = now;
        var note = new LocalizedText($"ส่งต่อให้ {laoName} (เลขติดตามใหม่ {newTrackingCode})", $"Transferred to {laoName} (new tracking code {newTrackingCode})").Stored;
        return Touch(new ComplaintEvent(Id, now, ComplaintEventKind.Transferred, Status) { Actor = actor, PublicNote = note, InternalNote = Limited(reason, MaxInternalNote, "reason") }, note);
    }

    public ComplaintEvent Reopen(string reason, DateTime now, int reopenDays, int slaHours)
    {
        Require("เปิดเรื่องอีกครั้ง", "reopened", ComplaintStatus.Resolved, ComplaintStatus.Rejected);
        if (ResolvedAt is { } resolved && now > resolved.AddDays(reopenDays))
        {
            throw Refused(new($"เปิดเรื่องอีกครั้งได้ภายใน {reopenDays} วันหลังแก้ไขเท่านั้น กรุณายื่นเรื่องใหม่",
                $"A complaint can be reopened only within {reopenDays} days of its resolution; please file a new one."));
        }
        var text = Limited(reason, MaxNote, "reason") ?? throw new BusinessRuleException(
            new("บอกเราว่าเหตุใดจึงยังไม่ได้รับการแก้ไข", "Tell us why the problem is not solved."), "reason");
        Status = ComplaintStatus.Reopened;
        ReopenCount++;
        ResolvedAt = null;
        OverdueAt = null;
        DueAt = now.AddHours(slaHours);
        // the resident's words may hold personal details: staff read them, the public reads a fixed sentence
        var publicNote = new LocalizedText("ผู้แจ้งแจ้งว่าปัญหายังไม่ได้รับการแก้ไข", "The reporter says the problem is not solved").Stored;
        return Touch(new ComplaintEvent(Id, now, ComplaintEventKind.Reopened, Status) { PublicNote = publicNote, InternalNote = text }, publicNote);
    }

    /// <summary>The resident's 1–5 rating; it closes the complaint.</summary>
    public ComplaintEvent Rate(int stars, string? comment, DateTime now)
    {
        Require("ให้คะแนน", "rated", ComplaintStatus.Resolved, ComplaintStatus.Rejected);
        if (stars is < 1 or > 5)
        {
            throw new BusinessRuleException(new("ให้คะแนน 1 ถึง 5", "Give a rating from 1 to 5."), "rating");
        }
        Rating = stars;
        RatingComment = Limited(comment, MaxNote, "comment");
        Status = ComplaintStatus.Closed;
        ClosedAt = now;
        return Touch(new ComplaintEvent(Id, now, ComplaintEventKind.Rated, Status) { PublicNote = $"{stars}/5" }, StatusNotes);
    }

    /// <summary>
    /// A rating through the survey's mail link after the complaint closed itself unanswered: kept for the tracking
    /// page and the statistics; the complaint stays closed as it was.
    /// </summary>
    public void KeepLateRating(int stars, string? comment)
    {
        Require("ให้คะแนน", "rated", ComplaintStatus.Closed);
        Rating = stars;
        RatingComment = Limited(comment, MaxNote, "comment");
    }

    /// <summary>Resolved or rejected and left unanswered for the set number of days.</summary>
    public ComplaintEvent CloseUnanswered(DateTime now)
    {
        Require("ปิดเรื่อง", "closed", ComplaintStatus.Resolved, ComplaintStatus.Rejected);
        Status = ComplaintStatus.Closed;
        ClosedAt = now;
        return Touch(new ComplaintEvent(Id, now, ComplaintEventKind.Closed, Status)
        {
            PublicNote = new LocalizedText("ปิดเรื่องอัตโนมัติเมื่อครบกำหนดโดยไม่มีการเปิดเรื่องอีกครั้ง", "Closed automatically: not reopened in time").Stored,
        }, StatusNotes);
    }

    /// <summary>The SLA job found it past due. Not a public change: <see cref="UpdatedAt"/> stays.</summary>
    public ComplaintEvent MarkOverdue(DateTime now)
    {
        OverdueAt = now;
        return new ComplaintEvent(Id, now, ComplaintEventKind.Overdue, Status);
    }

    public ComplaintEvent AddNote(string note, DateTime now, string? actor)
    {
        var text = Limited(note, MaxInternalNote, "note") ?? throw new BusinessRuleException(new("เขียนบันทึก", "Write the note."), "note");
        return new ComplaintEvent(Id, now, ComplaintEventKind.Note, Status) { Actor = actor, InternalNote = text };
    }

    private ComplaintEvent Touch(ComplaintEvent step, string? statusNotes)
    {
        UpdatedAt = step.At;
        StatusNotes = statusNotes is { Length: > 1000 } ? statusNotes[..1000] : statusNotes;
        step.Department = step.Department ?? (Department.Length > 0 ? Department : null);
        return step;
    }

    private void Require(string actionTh, string actionEn, params ComplaintStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            var now = ComplaintStatusText.Of(Status);
            throw Refused(new($"เรื่องนี้อยู่ในสถานะ \"{now.Th}\" จึง{actionTh}ไม่ได้",
                $"This complaint is {now.En.ToLowerInvariant()}, so it cannot be {actionEn}."));
        }
    }

    private void RequireOfficer(string actionTh, string actionEn)
    {
        if (OfficerId is null)
        {
            throw Refused(new($"มอบหมายผู้รับผิดชอบก่อน จึงจะ{actionTh}ได้", $"Assign an officer before it can be {actionEn}."));
        }
    }

    private static BusinessRuleException Refused(LocalizedText message) => new(message, "status", 409);

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public const int MaxNote = 1000;
    public const int MaxInternalNote = 2000;

    /// <summary>Trimmed text, or null; longer than <paramref name="max"/> is refused with a message (not a database error).</summary>
    internal static string? Limited(string? text, int max, string field)
    {
        var value = Clean(text);
        return value is { Length: var n } && n > max
            ? throw new BusinessRuleException(new($"ข้อความยาวเกิน {max:N0} ตัวอักษร", $"The text is longer than {max:N0} characters."), field)
            : value;
    }
}
