using LocalGov.Complaints.Open311;
using LocalGov.Complaints.Pages;
using LocalGov.Platform.Data;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Areas.Complaints.Pages.Open311Clients;

/// <summary>
/// The LAO admin's Open311 API keys: who holds one, when it was last used and how often; a new key is shown in
/// full once, right after it is made, and never again (only its hash is kept).
/// </summary>
[Authorize(Policy = Platform.Authorization.PermissionPolicies.Prefix + ComplaintsPermissions.ManageApiClients)]
public sealed class IndexModel(LocalGovDbContext db, Open311Keys keys) : ComplaintsPage
{
    public IReadOnlyList<Open311Client> Clients { get; private set; } = [];
    public Open311Client? Created { get; private set; }
    public string? CreatedKey { get; private set; }
    public string? RevokedName { get; private set; }
    public string? ClientName { get; private set; }
    public string? ContactEmail { get; private set; }

    public async Task OnGetAsync(Guid? revoked, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        RevokedName = Clients.FirstOrDefault(c => c.Id == revoked && c.IsRevoked)?.Name;
    }

    public async Task OnPostAsync(string? name, string? contactEmail, CancellationToken cancellationToken)
    {
        try
        {
            (Created, CreatedKey) = await keys.CreateAsync(name, contactEmail, cancellationToken);
            Response.Headers.CacheControl = "no-store"; // the key must not linger in a cache
        }
        catch (BusinessRuleException e)
        {
            Error(e);
            ClientName = name;
            ContactEmail = contactEmail;
        }
        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Clients = await db.Set<Open311Client>().AsNoTracking()
            .OrderBy(c => c.RevokedAt != null).ThenByDescending(c => c.CreatedAt).ToListAsync(cancellationToken);
}
