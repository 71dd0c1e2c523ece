using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Workflow;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Publishing;

/// <summary>
/// Monthly public figures for the LAO in context (the last 12 Bangkok months): received, resolved, median hours
/// from filing to resolution, share resolved by the due time, average rating — all public categories together and
/// each one. Complaints in confidential categories, or filed as confidential, are not counted at all; nor are
/// complaints this LAO transferred away (the receiving LAO counts them).
/// </summary>
/// <remarks>
/// The database returns one narrow row per complaint and the answers (resolved/rejected steps) of the window; the
/// grouping by Bangkok month, medians and shares are computed here in memory. Month-of-a-timestamp and median
/// translate differently (or not at all) on SQLite and PostgreSQL, and an LAO has thousands of complaints a year,
/// not millions, so this is both portable and cheap.
/// </remarks>
public sealed class ComplaintStatistics(LocalGovDbContext db, TimeProvider clock)
{
    public const int MonthCount = 12;

    public async Task<StatisticsReport> LastMonthsAsync(CancellationToken cancellationToken)
    {
        var months = BangkokMonth.Last(MonthCount, clock.GetUtcNow().UtcDateTime);
        var from = months[0].StartUtc;
        var categories = await db.Set<Category>().AsNoTracking().Where(c => !c.Confidential)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new { c.Id, c.Code, c.NameTh, c.NameEn }).ToListAsync(cancellationToken);
        var ids = categories.Select(c => c.Id).ToList();
        var rows = await db.Set<Complaint>().AsNoTracking()
            .Where(c => !c.Confidential && ids.Contains(c.CategoryId) && c.FiledAt != null && c.Status != ComplaintStatus.PendingConfirmation
                && c.Status != ComplaintStatus.Transferred && (c.FiledAt >= from || c.ResolvedAt >= from))
            .Select(c => new { c.Id, c.CategoryId, c.FiledAt, c.DueAt, c.ResolvedAt, c.Rating })
            .ToListAsync(cancellationToken);
        // The latest answer decides: Complaint.ResolvedAt is set by a rejection as well, and stays when either is closed.
        var answers = (await db.Set<ComplaintEvent>().AsNoTracking()
                .Where(e => e.At >= from && (e.Kind == ComplaintEventKind.Resolved || e.Kind == ComplaintEventKind.Rejected))
                .Select(e => new { e.ComplaintId, e.Kind, e.At }).ToListAsync(cancellationToken))
            .GroupBy(e => e.ComplaintId)
            .ToDictionary(g => g.Key, g => g.MaxBy(e => e.At)!.Kind);
        var facts = rows.Select(c => new ComplaintFacts(c.CategoryId, c.FiledAt!.Value, c.DueAt, c.ResolvedAt,
            c.ResolvedAt is not null && answers.GetValueOrDefault(c.Id) == ComplaintEventKind.Resolved, c.Rating));
        return Compute(months, [.. categories.Select(c => new StatisticsCategory(c.Id, c.Code, new(c.NameTh, c.NameEn)))], [.. facts]);
    }

    /// <summary>The figures of <paramref name="facts"/> over <paramref name="months"/>, per category and together.</summary>
    public static StatisticsReport Compute(IReadOnlyList<BangkokMonth> months, IReadOnlyList<StatisticsCategory> categories, IReadOnlyList<ComplaintFacts> facts)
    {
        var known = categories.Select(c => c.Id).ToHashSet();
        var counted = facts.Where(f => known.Contains(f.CategoryId)).ToList();
        var perCategory = categories
            .Select(c => Table(c, months, [.. counted.Where(f => f.CategoryId == c.Id)]))
            .ToList();
        var all = months.Select(m => new MonthFigures(m, Measure(counted, m, m))).ToList();
        return new StatisticsReport(all, Measure(counted, months[0], months[^1]), perCategory);
    }

    private static CategoryStatistics Table(StatisticsCategory category, IReadOnlyList<BangkokMonth> months, List<ComplaintFacts> facts) =>
        new(category.Code, category.Name, [.. months.Select(m => new MonthFigures(m, Measure(facts, m, m)))], Measure(facts, months[0], months[^1]));

    /// <summary>Figures for the months <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    private static Figures Measure(IReadOnlyList<ComplaintFacts> facts, BangkokMonth first, BangkokMonth last)
    {
        bool In(DateTime utc) => BangkokMonth.Of(utc) is var m && m >= first && m <= last;
        var received = facts.Count(f => In(f.FiledAt));
        var resolved = facts.Where(f => f.Resolved && f.ResolvedAt is { } at && In(at)).ToList();
        if (resolved.Count == 0)
        {
            return Figures.Empty with { Received = received };
        }
        var hours = resolved.Select(f => (f.ResolvedAt!.Value - f.FiledAt).TotalHours).Order().ToList();
        var median = hours.Count % 2 == 1 ? hours[hours.Count / 2] : (hours[(hours.Count / 2) - 1] + hours[hours.Count / 2]) / 2;
        var withinSla = resolved.Count(f => f.DueAt is { } due && f.ResolvedAt!.Value <= due);
        var ratings = resolved.Where(f => f.Rating is not null).Select(f => f.Rating!.Value).ToList();
        return new Figures(received, resolved.Count, median, withinSla, ratings.Count, ratings.Count == 0 ? null : ratings.Average());
    }
}
