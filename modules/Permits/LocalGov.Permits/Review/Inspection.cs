using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;

namespace LocalGov.Permits.Review;

public enum InspectionResult
{
    Pending,
    Passed,
    Failed,
}

/// <summary>One line of the type's checklist as the inspector found it on site.</summary>
public sealed record ChecklistAnswer(string Item, bool Passed, string? Note);

/// <summary>
/// A site visit for an application: scheduled for a day with an inspector, then its result with the type's
/// checklist answered line by line, notes and photos. An approval of a type that needs inspection needs a passed one.
/// </summary>
public sealed class Inspection : Entity, IMultiTenant, IHasConcurrencyStamp
{
    public const int MaxNotes = 2000;
    public const int MaxLineNote = 500;
    public const int MaxStored = 8000;

    private Inspection() { } // EF Core

    public Inspection(Guid applicationId, DateOnly scheduledOn, string inspector)
    {
        ApplicationId = applicationId;
        ScheduledOn = scheduledOn;
        Inspector = inspector;
    }

    public Guid TenantId { get; set; }
    public Guid ApplicationId { get; private set; }
    public DateOnly ScheduledOn { get; private set; }
    public string Inspector { get; private set; } = "";
    public InspectionResult Result { get; private set; } = InspectionResult.Pending;
    public List<ChecklistAnswer> Answers { get; private set; } = [];
    public string? Notes { get; private set; }
    public DateTime? RecordedAt { get; private set; }
    public string? RecordedBy { get; private set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>
    /// Records what was found. Every checklist line must be answered; the inspection passes only when every line
    /// passed, so a "passed" result cannot hide a failed line.
    /// </summary>
    public void Record(DateTime now, string by, IReadOnlyList<string> checklist, IReadOnlyList<ChecklistAnswer> answers, string? notes)
    {
        if (Result != InspectionResult.Pending)
        {
            throw new BusinessRuleException(new("บันทึกผลการตรวจนี้แล้ว หากต้องตรวจใหม่ให้นัดตรวจครั้งใหม่",
                "This inspection already has a result; schedule a new one to inspect again."), null, 409);
        }
        var missing = checklist.Where(item => !answers.Any(a => a.Item == item)).ToList();
        if (missing.Count > 0)
        {
            throw new BusinessRuleException(new("กรุณาตรวจให้ครบทุกรายการ: " + string.Join(", ", missing),
                "Answer every checklist line: " + string.Join(", ", missing)), "checklist");
        }
        if (notes?.Trim().Length > MaxNotes || answers.Any(a => a.Note?.Length > MaxLineNote))
        {
            throw new BusinessRuleException(new($"บันทึกยาวเกินไป (หมายเหตุรายการละไม่เกิน {MaxLineNote} ตัวอักษร บันทึกรวมไม่เกิน {MaxNotes} ตัวอักษร)",
                $"A note is too long (at most {MaxLineNote} characters a line, {MaxNotes} for the notes)."), "notes");
        }
        var kept = answers.Where(a => checklist.Contains(a.Item)).ToList();
        if (JsonColumn.StoredLength(kept) > MaxStored)
        {
            throw new BusinessRuleException(new("หมายเหตุรายการตรวจรวมกันยาวเกินไป กรุณาย่อให้สั้นลง", "The checklist notes are too long together; please shorten them."), "checklist");
        }
        Answers = kept;
        Result = Answers.All(a => a.Passed) ? InspectionResult.Passed : InspectionResult.Failed;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        RecordedAt = now;
        RecordedBy = by;
    }

    public static LocalizedText Describe(InspectionResult result) => result switch
    {
        InspectionResult.Passed => new("ผ่าน", "Passed"),
        InspectionResult.Failed => new("ไม่ผ่าน", "Failed"),
        _ => new("รอตรวจ", "Not yet inspected"),
    };
}
