using LocalGov.Permits.Pages;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Areas.Permits.Pages.Public;

/// <summary>The LAO's permits anyone may apply for: each with its decision time, validity and fee, the manual and the form.</summary>
[AllowAnonymous]
public sealed class IndexModel(LocalGovDbContext db) : PermitsPage
{
    public IReadOnlyList<PermitType> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Types = await db.Set<PermitType>().AsNoTracking().Where(t => t.Active).OrderBy(t => t.Code).ToListAsync(cancellationToken);
}
