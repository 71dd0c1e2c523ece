using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Platform.Satisfaction;

internal sealed class SatisfactionIndicator(LocalGovDbContext db, TimeProvider clock) : ISatisfactionIndicator
{
    public string CurrentMonth => SatisfactionMonth.Of(clock.GetUtcNow().UtcDateTime);

    public async Task<IReadOnlyList<SatisfactionRow>> RowsAsync(IReadOnlyCollection<Guid>? tenantIds, string fromMonth, string toMonth,
        CancellationToken cancellationToken = default)
    {
        // the months as a list (IN …): every provider translates it, where string comparison is not everywhere
        var months = SatisfactionMonth.Between(fromMonth, toMonth);
        var answers = db.Set<SatisfactionSurvey>().IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(s => s.Stars != null && months.Contains(s.Month!));
        if (tenantIds is not null)
        {
            answers = answers.Where(s => tenantIds.Contains(s.TenantId));
        }
        var groups = await answers
            .GroupBy(s => new { s.TenantId, s.Module, s.ServiceType, s.Month })
            .Select(g => new
            {
                g.Key.TenantId, g.Key.Module, g.Key.ServiceType, g.Key.Month,
                Answers = g.Count(),
                Satisfied = g.Sum(s => s.Stars >= 4 ? 1 : 0),
                Sum = g.Sum(s => s.Stars!.Value),
                ServiceTh = g.Max(s => s.ServiceTh),
                ServiceEn = g.Max(s => s.ServiceEn),
            })
            .ToListAsync(cancellationToken);
        return [.. groups
            .Select(g => new SatisfactionRow(g.TenantId, g.Module, g.ServiceType, g.ServiceTh ?? g.ServiceType, g.ServiceEn ?? g.ServiceType,
                g.Month!, new SatisfactionFigures(g.Answers, g.Satisfied, g.Sum)))
            .OrderBy(r => r.Month).ThenBy(r => r.Module).ThenBy(r => r.ServiceType)];
    }
}
