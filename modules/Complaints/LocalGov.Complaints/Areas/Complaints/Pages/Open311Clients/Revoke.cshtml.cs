using LocalGov.Complaints.Open311;
using LocalGov.Complaints.Pages;
using LocalGov.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Areas.Complaints.Pages.Open311Clients;

/// <summary>Asks before revoking: the app holding the key stops filing at once, and a revoked key cannot come back.</summary>
[Authorize(Policy = Platform.Authorization.PermissionPolicies.Prefix + ComplaintsPermissions.ManageApiClients)]
public sealed class RevokeModel(LocalGovDbContext db, Open311Keys keys) : ComplaintsPage
{
    public Open311Client Client { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var client = await db.Set<Open311Client>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null)
        {
            return NotFound();
        }
        Client = client;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var client = await keys.RevokeAsync(id, cancellationToken);
        return LocalRedirect($"{Request.PathBase}/admin/open311?revoked={client.Id}");
    }
}
