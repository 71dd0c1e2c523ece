using System.Security.Claims;
using LocalGov.Complaints.Pages;
using LocalGov.Complaints.Publishing;
using LocalGov.Platform.Features;
using Microsoft.AspNetCore.Authorization;

namespace LocalGov.Complaints.Areas.Complaints.Pages.Residents;

/// <summary>
/// A resident's complaints from every LAO, and the ones they follow, each linked to its LAO's tracking page.
/// Reads across tenants on purpose, and only this account's own rows (<see cref="Publishing.MyComplaints"/>).
/// </summary>
[Authorize]
[AcrossTenants]
public sealed class MyComplaintsModel(MyComplaints mine) : ComplaintsPage
{
    public IReadOnlyList<MyComplaint> Complaints { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        Complaints = await mine.ForAsync(userId, cancellationToken);
    }
}
