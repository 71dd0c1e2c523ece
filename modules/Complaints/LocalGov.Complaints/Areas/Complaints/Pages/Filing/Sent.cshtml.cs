using LocalGov.Complaints.Pages;

namespace LocalGov.Complaints.Areas.Complaints.Pages.Filing;

[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class SentModel : ComplaintsPage
{
    public void OnGet()
    {
    }
}
