using LocalGov.Permits.Applying;
using LocalGov.Permits.Issuing;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Timing;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Statistics;

/// <summary>
/// The permit statistics of a range (item 8 of issue 8). The database counts and sums per type (GROUP BY): received,
/// open, late, withdrawn, approved, rejected, decided within the deadline, fees billed, permits issued. Two figures
/// are finished here from narrow rows (two dates per application, thousands a year at most): the median days to
/// decision (median does not translate to SQL on both SQLite and PostgreSQL) and the month each application was
/// received and decided in, on the Bangkok calendar (a UTC time's Bangkok month does not translate portably either).
/// </summary>
/// <remarks>
/// Days to decision run from <see cref="PermitApplication.ClockStartedOn"/> (the day the decision clock last started:
/// the filing day, or the day the missing documents arrived) to <see cref="PermitApplication.DecidedOn"/>, in calendar
/// days. Within the deadline is <see cref="PermitApplication.DecidedInTime"/>: decided on or before the due date it
/// was measured against; a decision while waiting for documents (no due date) counts as in time.
/// </remarks>
public sealed class PermitStatistics(LocalGovDbContext db, TimeProvider clock)
{
    public async Task<PermitStatsReport> ComputeAsync(StatsRange range, CancellationToken cancellationToken)
    {
        var today = BangkokTime.Today(clock);
        var (fromUtc, toUtc) = (range.FromUtc, range.ToUtcExclusive);
        var applications = db.Set<PermitApplication>().AsNoTracking();

        var received = await applications
            .Where(a => a.SubmittedAt >= fromUtc && a.SubmittedAt < toUtc)
            .GroupBy(a => a.PermitTypeId)
            .Select(g => new
            {
                Type = g.Key,
                Received = g.Count(),
                Open = g.Count(a => a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.AwaitingDocuments
                    || a.Status == ApplicationStatus.InReview),
                Late = g.Count(a => (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.InReview) && a.DueOn < today),
                Withdrawn = g.Count(a => a.Status == ApplicationStatus.Withdrawn),
            })
            .ToDictionaryAsync(x => x.Type, cancellationToken);

        var decidedInRange = applications.Where(a => a.DecidedOn >= range.From && a.DecidedOn <= range.To);
        var decided = await decidedInRange
            .GroupBy(a => a.PermitTypeId)
            .Select(g => new
            {
                Type = g.Key,
                Approved = g.Count(a => a.Status == ApplicationStatus.Approved || a.Status == ApplicationStatus.Issued),
                Rejected = g.Count(a => a.Status == ApplicationStatus.Rejected),
                InTime = g.Count(a => a.DecisionDueOn == null || a.DecidedOn <= a.DecisionDueOn),
                Fees = g.Sum(a => a.Fee ?? 0m),
            })
            .ToDictionaryAsync(x => x.Type, cancellationToken);

        var issued = await db.Set<Permit>().AsNoTracking()
            .Where(p => p.IssuedAt >= fromUtc && p.IssuedAt < toUtc)
            .GroupBy(p => p.PermitTypeId)
            .Select(g => new { Type = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Type, x => x.Count, cancellationToken);

        // the narrow rows: two dates per decision, one time per application received
        var decisions = (await decidedInRange
                .Select(a => new { a.PermitTypeId, a.ClockStartedOn, a.DecidedOn })
                .ToListAsync(cancellationToken))
            .Select(d => new Decision(d.PermitTypeId, d.DecidedOn!.Value,
                d.DecidedOn.Value.DayNumber - (d.ClockStartedOn ?? d.DecidedOn.Value).DayNumber))
            .ToList();
        var receivedDays = (await applications
                .Where(a => a.SubmittedAt >= fromUtc && a.SubmittedAt < toUtc)
                .Select(a => a.SubmittedAt)
                .ToListAsync(cancellationToken))
            .Select(BangkokTime.DateOf)
            .ToList();

        var types = await db.Set<PermitType>().AsNoTracking()
            .OrderBy(t => t.Code)
            .Select(t => new { t.Id, t.Code, t.NameTh, t.NameEn, t.Active })
            .ToListAsync(cancellationToken);
        var rows = new List<TypeRow>();
        foreach (var type in types)
        {
            var r = received.GetValueOrDefault(type.Id);
            var d = decided.GetValueOrDefault(type.Id);
            var figures = new TypeFigures(
                r?.Received ?? 0, r?.Open ?? 0, r?.Late ?? 0, r?.Withdrawn ?? 0,
                d?.Approved ?? 0, d?.Rejected ?? 0, Median(decisions.Where(x => x.Type == type.Id)), d?.InTime ?? 0, d?.Fees ?? 0m,
                issued.GetValueOrDefault(type.Id));
            if (type.Active || figures != TypeFigures.Empty)
            {
                rows.Add(new TypeRow(type.Code, new LocalizedText(type.NameTh, type.NameEn), figures));
            }
        }
        var total = new TypeFigures(
            rows.Sum(t => t.Figures.Received), rows.Sum(t => t.Figures.Open), rows.Sum(t => t.Figures.Late), rows.Sum(t => t.Figures.Withdrawn),
            rows.Sum(t => t.Figures.Approved), rows.Sum(t => t.Figures.Rejected), Median(decisions), rows.Sum(t => t.Figures.DecidedInTime),
            rows.Sum(t => t.Figures.FeesBilled), rows.Sum(t => t.Figures.PermitsIssued));
        var months = range.Months()
            .Select(m => new MonthRow(m, receivedDays.Count(day => StatsMonth.Of(day) == m), decisions.Count(x => StatsMonth.Of(x.On) == m)))
            .ToList();
        return new PermitStatsReport(range, rows, total, months);
    }

    /// <summary>The middle of the days to decision (the mean of the two middle ones for an even count); null for none.</summary>
    public static double? Median(IEnumerable<int> days)
    {
        var sorted = days.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private static double? Median(IEnumerable<Decision> decisions) => Median(decisions.Select(d => d.Days));

    private sealed record Decision(Guid Type, DateOnly On, int Days);
}
