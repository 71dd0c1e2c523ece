using LocalGov.Complaints.Pages;

namespace LocalGov.Complaints.Areas.Complaints.Pages.Filing;

public sealed class SentModel : ComplaintsPage
{
    public void OnGet()
    {
    }
}
