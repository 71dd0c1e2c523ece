using LocalGov.Platform.Data;
using LocalGov.Tax.Registry;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Assessment;

/// <summary>What staff look assessments up by: notice number, owner's name or taxpayer number, year, status, unpaid only.</summary>
public sealed record AssessmentFilter(string? Q, int? Year, TaxKind? Kind, AssessmentStatus? Status, bool Unpaid, int Page);

/// <summary>One row of the staff list of assessments.</summary>
public sealed record AssessmentRow(string Number, TaxKind Kind, int Year, string PayerCode, string PayerName, AssessmentStatus Status, decimal Total,
    decimal Billed, decimal Paid, DateOnly DueDate);

/// <summary>A page of assessments and how many match in all.</summary>
public sealed record AssessmentPage(IReadOnlyList<AssessmentRow> Rows, int Count, int Page, int Pages);

/// <summary>The staff search over the LAO's assessments (tenant-filtered like every tax query), newest year first, a page at a time.</summary>
public static class AssessmentSearch
{
    public const int PageSize = 50;
    public const int MaxQuery = 100;

    public static async Task<AssessmentPage> FindAsync(LocalGovDbContext db, AssessmentFilter filter, CancellationToken cancellationToken)
    {
        var query = from a in db.Set<TaxAssessment>().AsNoTracking()
                    join p in db.Set<TaxPayer>().AsNoTracking() on a.PayerId equals p.Id
                    select new { a, p.Code };
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            q = q[..Math.Min(q.Length, MaxQuery)];
            var upper = q.ToUpperInvariant();
            query = query.Where(x => x.a.Number == upper || x.Code == upper || x.a.PayerName.Contains(q));
        }
        if (filter.Year is { } year)
        {
            year = TaxRegistry.CommonEra(year)!.Value;
            query = query.Where(x => x.a.Year == year);
        }
        if (filter.Kind is { } kind)
        {
            query = query.Where(x => x.a.Kind == kind);
        }
        if (filter.Status is { } status)
        {
            query = query.Where(x => x.a.Status == status);
        }
        if (filter.Unpaid)
        {
            query = query.Where(x => x.a.Billed > x.a.Paid);
        }
        var count = await query.CountAsync(cancellationToken);
        var pages = Math.Max(1, (count + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);
        var rows = await query.OrderByDescending(x => x.a.Year).ThenBy(x => x.a.Number)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new { x.a.Number, x.a.Kind, x.a.Year, x.Code, x.a.PayerName, x.a.Status, x.a.Tax, x.a.Surcharge, x.a.Billed, x.a.Paid, x.a.DueDate })
            .ToListAsync(cancellationToken);
        return new AssessmentPage([.. rows.Select(r => new AssessmentRow(r.Number, r.Kind, r.Year, r.Code, r.PayerName, r.Status, r.Tax + r.Surcharge,
            r.Billed, r.Paid, r.DueDate))], count, page, pages);
    }
}
