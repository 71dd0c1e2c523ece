using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Workflow;
using LocalGov.Platform.Data;
using LocalGov.Platform.Settings;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Publishing;

/// <summary>
/// The public tracking page's read side, for the LAO in context. A complaint awaiting email confirmation does not
/// exist here; a confidential one exists only for its reporter (account or mail-link key) and then shows only its
/// status and step dates. The timeline holds public steps with their public notes and departments: internal notes
/// and staff names stay in the back office.
/// </summary>
public sealed class ComplaintTracking(LocalGovDbContext db, ComplaintActions actions, ISettingProvider settings, TimeProvider clock)
{
    public const int MaxCodeLength = 30;

    /// <summary>The view for this viewer, or null when they may not know the complaint exists (404).</summary>
    public async Task<TrackingView?> FindAsync(string? code, ReporterProof proof, CancellationToken cancellationToken)
    {
        code = Normalize(code);
        if (code is null)
        {
            return null;
        }
        var complaint = await db.Set<Complaint>().AsNoTracking().SingleOrDefaultAsync(c => c.TrackingCode == code, cancellationToken);
        if (complaint is null || !ComplaintStatusText.IsVisible(complaint.Status))
        {
            return null;
        }
        var category = await db.Set<Category>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == complaint.CategoryId, cancellationToken);
        var restricted = complaint.Confidential || category is null || category.Confidential;
        var isReporter = actions.IsReporter(complaint, proof);
        if (restricted && !isReporter)
        {
            return null;
        }

        var steps = (await db.Set<ComplaintEvent>().AsNoTracking().Where(e => e.ComplaintId == complaint.Id)
                .OrderBy(e => e.At).Select(e => new { e.At, e.Kind, e.PublicNote, e.Department }).ToListAsync(cancellationToken))
            .Where(e => e.Kind != ComplaintEventKind.Note) // ComplaintEvent.IsPublic, which EF cannot translate
            .Select(e => restricted ? new TrackingStep(e.At, e.Kind, null, null) : new TrackingStep(e.At, e.Kind, e.PublicNote, e.Department))
            .ToList();

        var now = clock.GetUtcNow().UtcDateTime;
        var answered = complaint.Status is ComplaintStatus.Resolved or ComplaintStatus.Rejected;
        DateTime? reopenUntil = null;
        if (answered && complaint.ResolvedAt is { } resolved)
        {
            reopenUntil = resolved.AddDays(await ComplaintsSettings.ReopenDays.ReadAsync(settings, cancellationToken));
        }
        var viewer = proof.UserId;
        var canFollow = viewer is not null && !isReporter && !restricted && complaint.IsOpen;
        var following = viewer is { } user && !restricted &&
            await db.Set<ComplaintFollower>().AnyAsync(f => f.ComplaintId == complaint.Id && f.UserId == user, cancellationToken);

        var view = new TrackingView
        {
            Code = complaint.TrackingCode!,
            Status = complaint.Status,
            Steps = steps,
            Restricted = restricted,
            IsReporter = isReporter,
            CanReopen = isReporter && answered && (reopenUntil is null || now <= reopenUntil),
            ReopenUntil = reopenUntil,
            CanRate = isReporter && answered,
            CanFollow = canFollow && !following,
            IsFollowing = following,
            TransferredToLao = complaint.Status == ComplaintStatus.Transferred ? complaint.TransferredToLao : null,
            TransferredToCode = complaint.Status == ComplaintStatus.Transferred ? complaint.TransferredToCode : null,
        };
        if (restricted)
        {
            return view;
        }
        var photos = await db.Set<ComplaintPhoto>().AsNoTracking().Where(p => p.ComplaintId == complaint.Id && !p.Hidden)
            .OrderBy(p => p.Sequence).Select(p => new TrackingPhoto(p.Id, p.Kind)).ToListAsync(cancellationToken);
        return view with
        {
            Category = category!.Name,
            Description = complaint.Description,
            Address = complaint.Address,
            Latitude = complaint.Latitude,
            Longitude = complaint.Longitude,
            Photos = photos,
            Department = complaint.Department.Length > 0 ? complaint.Department : null,
            FiledAt = complaint.FiledAt,
            DueAt = complaint.DueAt,
            ResolvedAt = complaint.ResolvedAt,
            ClosedAt = complaint.ClosedAt,
            Rating = complaint.Rating,
            RatingComment = isReporter ? complaint.RatingComment : null,
        };
    }

    /// <summary>Tracking codes as people type them: trimmed, upper case, not absurdly long.</summary>
    public static string? Normalize(string? code) =>
        string.IsNullOrWhiteSpace(code) || code.Trim().Length > MaxCodeLength ? null : code.Trim().ToUpperInvariant();
}
