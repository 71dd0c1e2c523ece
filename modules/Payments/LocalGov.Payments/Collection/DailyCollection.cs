using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.Collection;

public sealed record CollectionTotal(string Key, int Receipts, decimal Amount);

/// <summary>
/// One day's takings: every receipt, and totals by channel and by cashier that add up to the same sum.
/// <paramref name="Cashier"/> is set when the report holds only that cashier's own receipts.
/// </summary>
public sealed record DailyCollectionReport(
    DateOnly Day,
    string? Cashier,
    IReadOnlyList<Payment> Receipts,
    IReadOnlyList<Payment> Voided,
    IReadOnlyList<CollectionTotal> ByChannel,
    IReadOnlyList<CollectionTotal> ByCashier)
{
    public decimal Total => Receipts.Sum(r => r.Amount);
}

public sealed class DailyCollection(LocalGovDbContext db)
{
    /// <summary>The day's takings of the whole LAO, or only of <paramref name="cashier"/> (their user name) when given.</summary>
    public async Task<DailyCollectionReport> ForAsync(DateOnly day, CancellationToken cancellationToken, string? cashier = null)
    {
        var query = db.Set<Payment>().AsNoTracking().Where(p => p.PaidOn == day);
        if (cashier is not null)
        {
            query = query.Where(p => p.RecordedBy == cashier);
        }
        var payments = await query.ToListAsync(cancellationToken);
        var kept = payments.Where(p => !p.Voided).OrderBy(p => p.ReceiptNumber, StringComparer.Ordinal).ToList();
        return new DailyCollectionReport(
            day,
            cashier,
            kept,
            [.. payments.Where(p => p.Voided).OrderBy(p => p.ReceiptNumber, StringComparer.Ordinal)],
            [.. kept.GroupBy(p => p.Channel).OrderBy(g => g.Key).Select(g => new CollectionTotal(g.Key.ToString(), g.Count(), g.Sum(p => p.Amount)))],
            [.. kept.GroupBy(p => p.RecordedBy ?? "PromptPay").OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new CollectionTotal(g.Key, g.Count(), g.Sum(p => p.Amount)))]);
    }
}
