using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Timing;
using LocalGov.Tax.Pages;
using LocalGov.Tax.Rates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Areas.Tax.Pages.Rates;

/// <summary>The tax years the LAO can set: each with its own schedule (and the ordinance it rests on) or the national default.</summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Rates)]
public sealed class IndexModel(LocalGovDbContext db, TimeProvider clock) : TaxPage
{
    public sealed record YearRow(int Year, bool Own, string? Basis);

    public IReadOnlyList<YearRow> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var own = await db.Set<TaxSchedule>().AsNoTracking().Select(s => new { s.Year, s.Basis }).ToListAsync(cancellationToken);
        var last = BangkokTime.Today(clock).Year + TaxRates.LastYearAhead;
        Years = [.. Enumerable.Range(TaxRates.FirstYear, last - TaxRates.FirstYear + 1).Reverse()
            .Select(y => own.FirstOrDefault(o => o.Year == y) is { } s ? new YearRow(y, true, s.Basis) : new YearRow(y, false, null))];
    }
}
