using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Pages;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Complaints.Areas.Complaints.Pages.Filing;

/// <summary>
/// The link in the confirmation mail. Opening it shows a button; the POST confirms (mail scanners that follow
/// links must not confirm reports on people's behalf).
/// </summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class ConfirmModel(ComplaintFiling filing) : ComplaintsPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Key { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var complaint = await filing.ConfirmAsync(Id, Key, cancellationToken);
            return LocalRedirect($"{Request.PathBase}/complaints/track/{complaint.TrackingCode}?key={Uri.EscapeDataString(Key!)}&done=filed");
        }
        catch (BusinessRuleException e)
        {
            Error(e);
            Response.StatusCode = e.StatusCode;
            return Page();
        }
    }
}
