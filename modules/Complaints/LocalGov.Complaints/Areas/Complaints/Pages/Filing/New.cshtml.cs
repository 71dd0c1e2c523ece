using System.Security.Claims;
using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Pages;
using LocalGov.Complaints.Workflow;
using LocalGov.Identity.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Web;
using LocalGov.Platform.Web.HeldUploads;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Areas.Complaints.Pages.Filing;

/// <summary>
/// A resident reports a problem: category, what happened, a pin on the map (or typed place), up to three photos,
/// and the category's extra questions. Signed-in residents file at once; anyone else gives an email address and
/// confirms by the link mailed to them. Open complaints of the same category near the pin are shown first, so the
/// resident can follow one instead of filing it again.
/// </summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.PublicSubmit)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
[RequestSizeLimit(MaxRequestBytes)]
public sealed class NewModel(LocalGovDbContext db, ComplaintFiling filing, DuplicateFinder duplicates, ISettingProvider settings, HeldUploads held,
    IPermissionChecker permissions) : ComplaintsPage
{
    public const long MaxRequestBytes = (PhotoFile.MaxPerComplaint * PhotoFile.MaxBytes) + (1024 * 1024);

    public IReadOnlyList<Category> Categories { get; private set; } = [];
    public IReadOnlyList<NearbyComplaint> Nearby { get; private set; } = [];
    public string MapCenter { get; private set; } = "";

    /// <summary>Photos attached to a refused submission, kept for the next one (shown by name, sent back by token).</summary>
    public IReadOnlyList<HeldFile> HeldPhotos { get; private set; } = [];

    [BindProperty] public FilingForm Input { get; set; } = new();

    public bool IsResident => User.Identity?.IsAuthenticated == true && User.FindFirstValue(IdentityClaimTypes.Kind) == nameof(UserKind.Resident);
    public bool IsStaff => User.Identity?.IsAuthenticated == true && !IsResident;

    /// <summary>Staff who may take a call or walk-in: only they are shown the way to the intake page (others would meet a refusal there).</summary>
    public bool CanTakeCalls { get; private set; }

    public async Task OnGetAsync(string? category, CancellationToken cancellationToken)
    {
        Input.Category = category;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile>? photos, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (IsStaff)
        {
            Error("เจ้าหน้าที่รับเรื่องแทนประชาชนได้ที่หน้ารับเรื่องทางโทรศัพท์/หน้าสำนักงาน", "Staff take reports for callers on the intake page.");
            return Page();
        }
        var kept = await held.FindAsync(Request.Form[HeldUploads.FormField], cancellationToken);
        IReadOnlyList<PhotoFile> files = [.. kept.Select(k => new PhotoFile(k.FileName, k.ContentType, k.Data))];
        try
        {
            // each photo on its own: a refused one is named in the error, the others are kept with the form
            BusinessRuleException? refusedPhoto = null;
            foreach (var upload in (photos ?? []).Where(u => u.Length > 0))
            {
                try
                {
                    await using var stream = upload.OpenReadStream();
                    files = [.. files, await PhotoFile.ReadAsync(upload.FileName, upload.Length, stream, cancellationToken)];
                }
                catch (BusinessRuleException e)
                {
                    refusedPhoto ??= e;
                }
            }
            if (files.Count > PhotoFile.MaxPerComplaint)
            {
                files = [.. files.Take(PhotoFile.MaxPerComplaint)];
                throw PhotoFile.TooMany();
            }
            if (refusedPhoto is not null)
            {
                throw refusedPhoto;
            }

            if (!Input.DifferentFromNearby && Input.Latitude is { } lat && Input.Longitude is { } lng && !string.IsNullOrEmpty(Input.Category))
            {
                Nearby = await duplicates.FindAsync(Input.Category, lat, lng, cancellationToken);
                if (Nearby.Count > 0)
                {
                    Error("มีผู้แจ้งเรื่องแบบเดียวกันใกล้จุดนี้แล้ว ดูรายการด้านล่าง หากเป็นเรื่องเดียวกันให้ติดตามเรื่องนั้น หากไม่ใช่ ให้ทำเครื่องหมาย \"เรื่องของฉันต่างออกไป\" แล้วส่งอีกครั้ง (รูปที่แนบไว้ยังอยู่)",
                        "Others have reported the same kind of problem near this spot (listed below). If it is the same, follow that one; if not, tick \"Mine is different\" and send again (your photos are kept).");
                    await HoldAsync(kept, files, cancellationToken);
                    return Page();
                }
            }

            var userId = IsResident ? Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!) : (Guid?)null;
            var reporter = IsResident
                ? new Reporter(userId, User.FindFirstValue(IdentityClaimTypes.DisplayName), User.FindFirstValue(ClaimTypes.Email) ?? User.Identity!.Name, Input.Phone)
                : new Reporter(null, Input.Name, Input.Email, Input.Phone);
            var result = await filing.FileAsync(new FilingRequest(Input.Category ?? "", Input.Description, Input.Latitude, Input.Longitude,
                Input.Address, ComplaintChannel.Web, reporter)
            {
                Photos = files,
                ConfirmByEmail = !IsResident,
                Attributes = AttributeFields.Read(Request.Form, Input.Category),
                Culture = CultureName,
            }, cancellationToken);
            await held.ReleaseAsync(kept, cancellationToken);
            return result.AwaitingConfirmation
                ? RedirectToPage("Sent")
                : LocalRedirect($"{Request.PathBase}/complaints/track/{result.Complaint.TrackingCode}?done=filed");
        }
        catch (BusinessRuleException e)
        {
            db.ChangeTracker.Clear();
            Error(e);
            // the photos that passed their checks wait for the next submission; a refused photo is named in the error
            await HoldAsync(kept, files, cancellationToken);
            return Page();
        }
    }

    private async Task HoldAsync(IReadOnlyList<HeldFile> kept, IReadOnlyList<PhotoFile> files, CancellationToken cancellationToken)
    {
        await held.ReleaseAsync(kept, cancellationToken);
        HeldPhotos = await held.HoldAsync(files.Select(f => ("photos", f.FileName, f.ContentType, f.Data)), cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Categories = await db.Set<Category>().AsNoTracking().Where(c => c.Active).OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(cancellationToken);
        MapCenter = await ComplaintsSettings.MapCenterAsync(settings, cancellationToken);
        CanTakeCalls = IsStaff && await permissions.IsGrantedAsync(User, ComplaintsPermissions.Work, cancellationToken);
    }

}

public sealed class FilingForm
{
    public string? Category { get; set; }
    public string? Description { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? Address { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>The resident saw the open complaints nearby and says theirs is another problem.</summary>
    public bool DifferentFromNearby { get; set; }
}
