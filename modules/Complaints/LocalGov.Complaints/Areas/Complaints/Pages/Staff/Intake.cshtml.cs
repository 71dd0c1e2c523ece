using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Pages;
using LocalGov.Complaints.Workflow;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Areas.Complaints.Pages.Staff;

/// <summary>
/// Staff file a complaint for a caller or a walk-in, recording the channel and, when given, the caller's contact
/// details (an email gets the acknowledgment with the tracking code). The complaint is received at once.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + ComplaintsPermissions.Work)]
[RequestFormLimits(MultipartBodyLengthLimit = Filing.NewModel.MaxRequestBytes)]
[RequestSizeLimit(Filing.NewModel.MaxRequestBytes)]
public sealed class IntakeModel(LocalGovDbContext db, ComplaintFiling filing, ISettingProvider settings, IPermissionChecker permissions) : ComplaintsPage
{
    public static readonly ComplaintChannel[] Channels =
        [ComplaintChannel.Phone, ComplaintChannel.WalkIn, ComplaintChannel.Letter, ComplaintChannel.Email, ComplaintChannel.Line];

    public IReadOnlyList<Category> Categories { get; private set; } = [];
    public string MapCenter { get; private set; } = "";

    [BindProperty] public Filing.FilingForm Input { get; set; } = new();
    [BindProperty] public ComplaintChannel Channel { get; set; } = ComplaintChannel.Phone;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(List<IFormFile>? photos, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        try
        {
            if (!Channels.Contains(Channel))
            {
                throw new BusinessRuleException(new("เลือกช่องทางที่รับเรื่อง", "Choose how the complaint came in."), "Channel");
            }
            var files = await PhotoFile.ReadAllAsync(photos, cancellationToken);
            var result = await filing.FileAsync(new FilingRequest(Input.Category ?? "", Input.Description, Input.Latitude, Input.Longitude,
                Input.Address, Channel, new Reporter(null, Input.Name, Input.Email, Input.Phone))
            {
                Photos = files,
                ChannelDetail = User.FindFirst(Identity.Contracts.IdentityClaimTypes.DisplayName)?.Value ?? User.Identity?.Name,
                Attributes = AttributeFields.Read(Request.Form, Input.Category),
                Culture = CultureName,
            }, cancellationToken);
            return result.Complaint.Confidential && !await permissions.IsGrantedAsync(User, ComplaintsPermissions.Confidential, cancellationToken)
                ? LocalRedirect($"{Request.PathBase}/staff/complaints?filed={Uri.EscapeDataString(result.Complaint.TrackingCode!)}") // filed, but not theirs to see
                : LocalRedirect($"{Request.PathBase}/staff/complaints/{result.Complaint.TrackingCode}");
        }
        catch (BusinessRuleException e)
        {
            db.ChangeTracker.Clear();
            Error(e);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Categories = await db.Set<Category>().AsNoTracking().Where(c => c.Active).OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        MapCenter = await ComplaintsSettings.MapCenterAsync(settings, cancellationToken);
    }
}
