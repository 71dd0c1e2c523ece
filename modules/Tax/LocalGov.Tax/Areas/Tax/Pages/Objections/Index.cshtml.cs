using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Timing;
using LocalGov.Tax.Objections;
using LocalGov.Tax.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Areas.Tax.Pages.Objections;

/// <summary>The objections waiting for a decision, oldest first with the days since filing, and the latest decided.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Objections)]
public sealed class IndexModel(LocalGovDbContext db, TimeProvider clock) : TaxPage
{
    public const int DecidedShown = 100;

    public IReadOnlyList<Objection> Waiting { get; private set; } = [];
    public IReadOnlyList<Objection> Decided { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = BangkokTime.Today(clock);
        Waiting = await db.Set<Objection>().AsNoTracking().Where(o => o.Status == ObjectionStatus.Filed).OrderBy(o => o.FiledAt).ToListAsync(cancellationToken);
        Decided = await db.Set<Objection>().AsNoTracking().Where(o => o.Status != ObjectionStatus.Filed)
            .OrderByDescending(o => o.DecidedAt).Take(DecidedShown).ToListAsync(cancellationToken);
    }

    public int DaysSince(DateTime filedAt) => Today.DayNumber - BangkokTime.DateOf(filedAt).DayNumber;
}
