using System.Security.Claims;
using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Pages;
using LocalGov.Complaints.Workflow;
using LocalGov.Identity.Contracts;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Features;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Areas.Complaints.Pages.Staff;

/// <summary>
/// One complaint in the back office: everything about it, the full timeline with internal notes, and the steps
/// the viewer may take. Supervisors assign, reject and transfer; the assigned officer (or a supervisor) starts and
/// resolves; any officer adds internal notes and hides a photo from the public. The reporter's contact details are
/// shown only to holders of Complaints.SeeReporter, and each showing is audited.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + ComplaintsPermissions.Work)]
[RequestFormLimits(MultipartBodyLengthLimit = PhotoFile.MaxBytes + (1024 * 1024))]
[RequestSizeLimit(PhotoFile.MaxBytes + (1024 * 1024))]
public sealed class DetailModel(
    LocalGovDbContext db,
    ComplaintActions actions,
    IStaffDirectory staff,
    IPermissionChecker permissions,
    IAuditScope audit,
    ICurrentTenant currentTenant,
    ITenantStore tenants,
    IFeatureChecker features,
    TimeProvider clock) : ComplaintsPage
{
    public Complaint Complaint { get; private set; } = null!;
    public Category Category { get; private set; } = null!;
    public IReadOnlyList<ComplaintEvent> Timeline { get; private set; } = [];
    public IReadOnlyList<PhotoInfo> Photos { get; private set; } = [];
    public IReadOnlyList<StaffMember> Officers { get; private set; } = [];
    public IReadOnlyList<string> Departments { get; private set; } = [];
    public IReadOnlyList<TenantInfo> TransferTargets { get; private set; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Answers { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();
    public int Followers { get; private set; }
    public bool CanSupervise { get; private set; }
    public bool CanWorkIt { get; private set; }

    /// <summary>Nobody has it yet, so any officer may take it.</summary>
    public bool CanTake => Complaint.OfficerId is null && Complaint.Status is ComplaintStatus.Filed or ComplaintStatus.Reopened;
    public bool SeesReporter { get; private set; }
    public bool Overdue { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAssignAsync(string code, string? stamp, string? department, Guid? officer, CancellationToken cancellationToken) =>
        ActAsync(code, supervise: true, async () =>
        {
            var person = Officers.FirstOrDefault(o => o.Id == officer) ?? throw new BusinessRuleException(
                new("เลือกเจ้าหน้าที่ผู้รับผิดชอบ", "Choose the officer."), "officer");
            await actions.AssignAsync(code, stamp, department ?? "", person.Id, person.DisplayName, Actor, cancellationToken);
        }, cancellationToken);

    /// <summary>An officer takes an unassigned complaint (small LAOs often have no one to assign it).</summary>
    public Task<IActionResult> OnPostTakeAsync(string code, string? stamp, CancellationToken cancellationToken) =>
        ActAsync(code, supervise: false, async () =>
        {
            var me = Officers.FirstOrDefault(o => o.Id.ToString() == User.FindFirstValue(ClaimTypes.NameIdentifier)) ?? throw new BusinessRuleException(
                new("บัญชีของท่านไม่ได้อยู่ในรายชื่อเจ้าหน้าที่รับเรื่องร้องเรียนของหน่วยงานนี้", "Your account is not among this LAO's complaint officers."), null, 403);
            await actions.AssignAsync(code, stamp, Complaint.Department, me.Id, me.DisplayName, Actor, cancellationToken);
        }, cancellationToken, anyOfficer: true, take: true);

    public Task<IActionResult> OnPostStartAsync(string code, string? stamp, string? note, CancellationToken cancellationToken) =>
        ActAsync(code, supervise: false, () => actions.StartAsync(code, stamp, note, Actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostResolveAsync(string code, string? stamp, string? note, IFormFile? photo, CancellationToken cancellationToken) =>
        ActAsync(code, supervise: false, async () =>
        {
            var after = (await PhotoFile.ReadAllAsync(photo is null ? null : [photo], cancellationToken)).SingleOrDefault();
            await actions.ResolveAsync(code, stamp, note ?? "", after, Actor, cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(string code, string? stamp, string? reason, CancellationToken cancellationToken) =>
        ActAsync(code, supervise: true, () => actions.RejectAsync(code, stamp, reason ?? "", Actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostTransferAsync(string code, string? stamp, string? lao, string? reason, CancellationToken cancellationToken) =>
        ActAsync(code, supervise: true, () => actions.TransferAsync(code, stamp, lao ?? "", reason ?? "", Actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostNoteAsync(string code, string? note, CancellationToken cancellationToken) =>
        ActAsync(code, supervise: false, () => actions.AddNoteAsync(code, note ?? "", Actor, cancellationToken), cancellationToken, anyOfficer: true);

    public Task<IActionResult> OnPostPhotoAsync(string code, Guid photoId, bool hidden, CancellationToken cancellationToken) =>
        ActAsync(code, supervise: false, () => actions.SetPhotoHiddenAsync(code, photoId, hidden, cancellationToken), cancellationToken, anyOfficer: true);

    private string Actor => User.FindFirstValue(IdentityClaimTypes.DisplayName) ?? User.Identity?.Name ?? "staff";

    private async Task<IActionResult> ActAsync(string code, bool supervise, Func<Task> act, CancellationToken cancellationToken,
        bool anyOfficer = false, bool take = false)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }
        if ((supervise && !CanSupervise) || (!supervise && !anyOfficer && !CanWorkIt) || (take && !CanTake))
        {
            Error("ท่านไม่มีสิทธิ์ทำรายการนี้กับเรื่องนี้ เฉพาะผู้รับผิดชอบหรือหัวหน้าเท่านั้น",
                "You may not do this on this complaint: only its officer or a supervisor can.");
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        if (await TryAsync(db, act))
        {
            return LocalRedirect($"{Request.PathBase}/staff/complaints/{code}");
        }
        await LoadAsync(code, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var complaint = await db.Set<Complaint>().AsNoTracking()
            .SingleOrDefaultAsync(c => c.TrackingCode == code && c.Status != ComplaintStatus.PendingConfirmation, cancellationToken);
        if (complaint is null || (complaint.Confidential && !await permissions.IsGrantedAsync(User, ComplaintsPermissions.Confidential, cancellationToken)))
        {
            return false;
        }
        Complaint = complaint;
        Category = await db.Set<Category>().AsNoTracking().SingleAsync(c => c.Id == complaint.CategoryId, cancellationToken);
        Timeline = await db.Set<ComplaintEvent>().AsNoTracking().Where(e => e.ComplaintId == complaint.Id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        Photos = await db.Set<ComplaintPhoto>().AsNoTracking().Where(p => p.ComplaintId == complaint.Id).OrderBy(p => p.Sequence)
            .Select(p => new PhotoInfo(p.Id, p.Kind, p.Hidden, p.Length)).ToListAsync(cancellationToken);
        Followers = await db.Set<ComplaintFollower>().CountAsync(f => f.ComplaintId == complaint.Id, cancellationToken);
        Answers = AttributeAnswers.Read(complaint.AttributesJson);
        Overdue = complaint.IsOverdue(clock.GetUtcNow().UtcDateTime);

        var tenantId = currentTenant.Id!.Value;
        CanSupervise = await permissions.IsGrantedAsync(User, ComplaintsPermissions.Supervise, cancellationToken);
        var me = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
        CanWorkIt = CanSupervise || complaint.OfficerId == me;
        Officers = await staff.ListStaffWithPermissionAsync(tenantId, ComplaintsPermissions.Work, cancellationToken);
        Departments = [.. (await db.Set<Category>().AsNoTracking().Select(c => c.Department).Distinct().ToListAsync(cancellationToken)).Order(StringComparer.Ordinal)];
        if (CanSupervise)
        {
            var here = await tenants.FindByIdAsync(tenantId, cancellationToken);
            var targets = new List<TenantInfo>();
            foreach (var t in await tenants.GetAllAsync(cancellationToken))
            {
                if (t.Id != tenantId && t.IsActive && t.ProvinceCode == here?.ProvinceCode &&
                    await features.IsEnabledAsync(t.Id, ComplaintsModule.FeatureName, cancellationToken))
                {
                    targets.Add(t);
                }
            }
            TransferTargets = [.. targets.OrderBy(t => t.Name.Th, StringComparer.Ordinal)];
        }
        SeesReporter = await permissions.IsGrantedAsync(User, ComplaintsPermissions.SeeReporter, cancellationToken);
        if (SeesReporter && (complaint.ReporterName ?? complaint.ReporterEmail ?? complaint.ReporterPhone) is not null)
        {
            audit.AddAction("Complaint.ReporterViewed", complaint.TrackingCode);
        }
        return true;
    }

    public static string Mask(string? value) => value switch
    {
        null or "" => "-",
        { Length: <= 2 } => "**",
        _ => value[0] + new string('*', Math.Min(8, value.Length - 2)) + value[^1],
    };
}
