using System.Globalization;
using System.Security.Claims;
using LocalGov.Identity.Contracts;
using LocalGov.Payments.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Issuing;
using LocalGov.Permits.Pages;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.Queue;
using LocalGov.Permits.Review;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.PersonalData;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Areas.Permits.Pages.Staff;

/// <summary>
/// One application in the back office: every detail (the national ID masked; showing it in full is audited and
/// needs Permits.Review), answers, documents (each download audited), the timeline with internal notes, the law's
/// clock, and the steps the status allows and the viewer may take — completeness (the once-only request for
/// documents), assignment and delay, inspection with the type's checklist, the decision, the fee bill and the permit.
/// Each step posts the concurrency stamp it was shown, so a stale form is a 409, never a lost update.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + PermitsPermissions.Intake)]
[RequestFormLimits(MultipartBodyLengthLimit = CounterModel.MaxBody)]
[RequestSizeLimit(CounterModel.MaxBody)]
public sealed class CaseModel(
    LocalGovDbContext db,
    PermitReview review,
    PermitFiling filing,
    IBilling billing,
    IPermissionChecker permissions,
    IStaffDirectory directory,
    IPersonalDataVault vault,
    IAuditScope audit,
    ICurrentTenant currentTenant,
    TimeProvider clock) : PermitsPage
{
    public PermitApplication Application { get; private set; } = null!;
    public PermitType Type { get; private set; } = null!;
    public IReadOnlyList<DocumentInfo> Documents { get; private set; } = [];
    public IReadOnlyList<ApplicationEvent> Timeline { get; private set; } = [];
    public IReadOnlyList<Inspection> Inspections { get; private set; } = [];
    public IReadOnlyDictionary<Guid, List<Guid>> Photos { get; private set; } = new Dictionary<Guid, List<Guid>>();
    public IReadOnlyList<BillView> Bills { get; private set; } = [];
    public Permit? Permit { get; private set; }
    public IReadOnlyList<StaffMember> Officers { get; private set; } = [];
    public bool CanReview { get; private set; }
    public bool CanSupervise { get; private set; }
    public DateOnly Today { get; private set; }
    public TimeLeft TimeLeft { get; private set; } = null!;

    /// <summary>The full national ID, only after an audited request by a reviewer.</summary>
    public string? FullId { get; private set; }

    public bool HasPassedInspection => Inspections.Any(i => i.Result == InspectionResult.Passed);

    /// <summary>The appeal route a rejection will carry, in the applicant's language.</summary>
    public string AppealText => Application.Culture == "en" ? Type.AppealEn : Type.AppealTh;

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken) =>
        await LoadAsync(number, cancellationToken) ? Page() : NotFound();

    /// <summary>Downloads one document: audited, served as the type its bytes say, always as an attachment.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(string number, Guid id, CancellationToken cancellationToken)
    {
        var application = await db.Set<PermitApplication>().AsNoTracking().Where(a => a.Number == number).Select(a => new { a.Id }).SingleOrDefaultAsync(cancellationToken);
        var document = application is null ? null
            : await db.Set<ApplicationDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.ApplicationId == application.Id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }
        audit.AddAction("Permits.DocumentRead", $"{number} {document.DocumentCode} {document.FileName}");
        return File(document.Data, UploadedFile.Sniff(document.Data) ?? "application/octet-stream", document.FileName);
    }

    /// <summary>An inspection photo of this application, as the image its bytes say.</summary>
    public async Task<IActionResult> OnGetPhotoAsync(string number, Guid id, CancellationToken cancellationToken)
    {
        var applicationId = await db.Set<PermitApplication>().AsNoTracking().Where(a => a.Number == number).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken);
        var photo = applicationId is null ? null : await (
            from p in db.Set<InspectionPhoto>().AsNoTracking()
            join i in db.Set<Inspection>().AsNoTracking() on p.InspectionId equals i.Id
            where p.Id == id && i.ApplicationId == applicationId
            select p).SingleOrDefaultAsync(cancellationToken);
        var type = photo is null ? null : UploadedFile.Sniff(photo.Data);
        return photo is not null && type is UploadedFile.Jpeg or UploadedFile.Png ? File(photo.Data, type) : NotFound();
    }

    /// <summary>Shows the full national ID to a reviewer, once per request, and audits it.</summary>
    public async Task<IActionResult> OnPostRevealIdAsync(string number, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(number, cancellationToken))
        {
            return NotFound();
        }
        if (!CanReview)
        {
            return Refuse();
        }
        if (Application.ApplicantIdCipher is { } cipher)
        {
            audit.AddAction("Permits.NationalIdRevealed", number);
            FullId = vault.Unprotect(cipher);
        }
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(string number, string? stamp, CancellationToken cancellationToken) =>
        ActAsync(number, PermitsPermissions.Intake, () => review.AcceptAsync(number, stamp, Actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRequestDocumentsAsync(string number, string? stamp, string? missing, CancellationToken cancellationToken) =>
        ActAsync(number, PermitsPermissions.Intake, () => review.RequestDocumentsAsync(number, stamp, missing ?? "", Actor, cancellationToken), cancellationToken);

    /// <summary>Documents the applicant brought to the counter in answer to the request: the clock starts again.</summary>
    public Task<IActionResult> OnPostSupplyAsync(string number, string? stamp, CancellationToken cancellationToken) =>
        ActAsync(number, PermitsPermissions.Intake, async () =>
        {
            var (documents, errors) = await ApplicationDetails.CheckDocumentsAsync(StaffForms.Documents(Request.Form.Files), Type, requireAll: false, cancellationToken);
            if (errors.Count > 0)
            {
                AddErrors(errors);
                throw new BusinessRuleException(new("ตรวจไฟล์ที่แนบอีกครั้ง", "Check the attached files."), null);
            }
            await review.SupplyDocumentsAsync(number, stamp, documents, Actor, cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostNoteAsync(string number, string? note, CancellationToken cancellationToken) =>
        ActAsync(number, PermitsPermissions.Intake, async () =>
        {
            if (string.IsNullOrWhiteSpace(note))
            {
                throw new BusinessRuleException(new("กรุณาพิมพ์บันทึก", "Type the note."), "note");
            }
            var text = note.Trim();
            db.Add(new ApplicationEvent(Application.Id, clock.GetUtcNow().UtcDateTime, ApplicationEventKind.Note, Actor,
                text[..Math.Min(text.Length, PermitApplication.MaxNote)]));
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostAssignAsync(string number, string? stamp, Guid? officer, CancellationToken cancellationToken) =>
        ActAsync(number, PermitsPermissions.Supervise, async () =>
        {
            var person = Officers.FirstOrDefault(o => o.Id == officer) ?? throw new BusinessRuleException(
                new("เลือกเจ้าหน้าที่ผู้มีสิทธิ์พิจารณาคำขอของหน่วยงานนี้", "Choose an officer of this LAO who may decide applications."), "officer");
            await review.AssignAsync(number, stamp, person.Id, person.DisplayName, Actor, cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostExplainDelayAsync(string number, string? stamp, string? reason, CancellationToken cancellationToken) =>
        ActAsync(number, PermitsPermissions.Supervise, async () =>
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new BusinessRuleException(new("กรุณาระบุเหตุที่ล่าช้า", "Give the reason for the delay."), "reason");
            }
            await review.ExplainDelayAsync(number, stamp, reason, Actor, cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostNotifiedAsync(string number, string? stamp, CancellationToken cancellationToken) =>
        ActAsync(number, PermitsPermissions.Supervise, () => review.MarkNotifiedAsync(number, stamp, Actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostBillAgainAsync(string number, string? stamp, CancellationToken cancellationToken) =>
        ActAsync(number, PermitsPermissions.Supervise, () => review.BillAgainAsync(number, stamp, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostScheduleAsync(string number, string? stamp, string? date, string? inspector, CancellationToken cancellationToken) =>
        ActAsync(number, PermitsPermissions.Review, async () =>
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on))
            {
                throw new BusinessRuleException(new("กรุณาเลือกวันนัดตรวจ", "Choose the inspection date."), "date");
            }
            await review.ScheduleInspectionAsync(number, stamp, on, inspector ?? "", Actor, cancellationToken);
        }, cancellationToken);

    /// <summary>The inspector's findings: each checklist line passed or failed with a note, notes, and up to 6 photos.</summary>
    public Task<IActionResult> OnPostInspectionAsync(string number, Guid inspection, string? stamp, string? notes, CancellationToken cancellationToken) =>
        ActAsync(number, PermitsPermissions.Review, async () =>
        {
            if (Inspections.All(i => i.Id != inspection))
            {
                throw new BusinessRuleException(new("ไม่พบการนัดตรวจนี้", "No such inspection."), null, 404);
            }
            var form = Request.Form;
            var answers = new List<ChecklistAnswer>();
            for (var n = 0; n < Type.Checklist.Count; n++)
            {
                var verdict = form["check_" + n.ToString(CultureInfo.InvariantCulture)].ToString();
                if (verdict is "pass" or "fail")
                {
                    var note = form["note_" + n.ToString(CultureInfo.InvariantCulture)].ToString().Trim();
                    answers.Add(new ChecklistAnswer(Type.Checklist[n], verdict == "pass", note.Length == 0 ? null : note[..Math.Min(note.Length, 500)]));
                }
            }
            var files = form.Files.GetFiles("photos").Where(f => f.Length > 0).ToList();
            if (files.Count > InspectionPhoto.MaxFiles)
            {
                throw new BusinessRuleException(new($"แนบรูปได้ไม่เกิน {InspectionPhoto.MaxFiles} รูป", $"Attach at most {InspectionPhoto.MaxFiles} photos."), "photos");
            }
            var photos = new List<(string ContentType, byte[] Data)>();
            foreach (var file in files)
            {
                var name = Path.GetFileName(file.FileName);
                var data = await StaffForms.ReadAsync(file, InspectionPhoto.MaxBytes, cancellationToken)
                    ?? throw new BusinessRuleException(new($"รูป \"{name}\" ใหญ่เกิน 5 MB", $"The photo \"{name}\" is larger than 5 MB."), "photos");
                var type = UploadedFile.Sniff(data);
                if (type is not (UploadedFile.Jpeg or UploadedFile.Png))
                {
                    throw new BusinessRuleException(new($"ไฟล์ \"{name}\" ไม่ใช่รูป JPEG หรือ PNG", $"\"{name}\" is not a JPEG or PNG photo."), "photos");
                }
                var (clean, problem) = UploadedFile.Clean(data, type, name);
                photos.Add((type, clean ?? throw new BusinessRuleException(problem!, "photos")));
            }
            await review.RecordInspectionAsync(inspection, stamp, answers, notes, photos, Actor, cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(string number, string? stamp, string? conditions, CancellationToken cancellationToken) =>
        ActAsync(number, PermitsPermissions.Review, () => review.ApproveAsync(number, stamp, Limit(conditions), Actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(string number, string? stamp, string? reasons, CancellationToken cancellationToken) =>
        ActAsync(number, PermitsPermissions.Review, () => review.RejectAsync(number, stamp, Limit(reasons) ?? "", Actor, cancellationToken), cancellationToken);

    private static string? Limit(string? text) => text is null ? null : text.Length > PermitApplication.MaxNote ? text[..PermitApplication.MaxNote] : text;

    private string Actor => StaffForms.StaffName(User);

    private async Task<IActionResult> ActAsync(string number, string permission, Func<Task> act, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(number, cancellationToken))
        {
            return NotFound();
        }
        if (permission != PermitsPermissions.Intake && !await permissions.IsGrantedAsync(User, permission, cancellationToken))
        {
            return Refuse();
        }
        if (await TryAsync(db, act))
        {
            return LocalRedirect($"{Request.PathBase}/staff/permits/{Application.Number}");
        }
        await LoadAsync(number, cancellationToken);
        return Page();
    }

    private IActionResult Refuse()
    {
        Error("ท่านไม่มีสิทธิ์ทำรายการนี้", "You may not do this.");
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    private async Task<bool> LoadAsync(string number, CancellationToken cancellationToken)
    {
        var application = await db.Set<PermitApplication>().AsNoTracking().SingleOrDefaultAsync(a => a.Number == number, cancellationToken);
        if (application is null)
        {
            return false;
        }
        Application = application;
        Type = await db.Set<PermitType>().AsNoTracking().SingleAsync(t => t.Id == application.PermitTypeId, cancellationToken);
        Documents = await filing.DocumentsAsync(application.Id, cancellationToken);
        Timeline = await db.Set<ApplicationEvent>().AsNoTracking().Where(e => e.ApplicationId == application.Id)
            .OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        Inspections = await db.Set<Inspection>().AsNoTracking().Where(i => i.ApplicationId == application.Id)
            .OrderBy(i => i.ScheduledOn).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        var inspectionIds = Inspections.Select(i => i.Id).ToList();
        Photos = (await db.Set<InspectionPhoto>().AsNoTracking().Where(p => inspectionIds.Contains(p.InspectionId))
                .Select(p => new { p.Id, p.InspectionId }).ToListAsync(cancellationToken))
            .GroupBy(p => p.InspectionId).ToDictionary(g => g.Key, g => g.Select(p => p.Id).Order().ToList());
        if (application.Status is ApplicationStatus.Approved or ApplicationStatus.Issued || application.BillId is not null)
        {
            Bills = [.. (await billing.FindBySourceAsync(PermitBillEvents.ModuleName, application.Number, cancellationToken)).OrderBy(b => b.Number, StringComparer.Ordinal)];
        }
        Permit = application.PermitId is { } permitId
            ? await db.Set<Permit>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == permitId, cancellationToken)
            : null;
        CanReview = await permissions.IsGrantedAsync(User, PermitsPermissions.Review, cancellationToken);
        CanSupervise = await permissions.IsGrantedAsync(User, PermitsPermissions.Supervise, cancellationToken);
        if (CanSupervise)
        {
            Officers = await directory.ListStaffWithPermissionAsync(currentTenant.Id!.Value, PermitsPermissions.Review, cancellationToken);
        }
        Today = BangkokTime.Today(clock);
        TimeLeft = TimeLeft.Of(application, Type.DecisionDays, Today);
        return true;
    }

    public string DocumentName(string code) =>
        Type.Documents.FirstOrDefault(d => d.Code == code) is { } d ? T(d.NameTh, d.NameEn) : T("เอกสารอื่น", "Other document");

    public string FieldLabel(string key) =>
        Type.Fields.FirstOrDefault(f => f.Key == key) is { } f ? T(f.LabelTh, f.LabelEn) : key;

    public static string Size(int bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024d / 1024d).ToString("0.0 MB", CultureInfo.InvariantCulture)
        : (bytes / 1024d).ToString("0 KB", CultureInfo.InvariantCulture);

    public bool Mine => Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var me) && Application.OfficerId == me;
}
