using System.Globalization;
using LocalGov.Platform.Data;
using LocalGov.Thai;
using LocalGov.WasteFees.Billing;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.Collection;

/// <summary>
/// One unpaid bill of a point as the collector, the resident and the notice see it: the months it asks for and
/// what is left to pay on them. A monthly bill has one month; a prepayment bill has up to twelve.
/// </summary>
public sealed record OpenBill(Guid BillId, string BillNumber, IReadOnlyList<BillingPeriod> Months, decimal Outstanding, DateOnly? DueDate)
{
    /// <summary>"ต.ค. 2569, พ.ย. 2569", or "ม.ค. 2570 – ธ.ค. 2570" for a run of three months or more.</summary>
    public string MonthsText(bool thai) => Months.Count >= 3 && Months[^1].Key == Months[0].Plus(Months.Count - 1).Key
        ? $"{Months[0].Name(thai)} – {Months[^1].Name(thai)}"
        : string.Join(", ", Months.Select(m => m.Name(thai)));

    public bool IsOverdue(DateOnly today) => DueDate is { } due && due < today;
}

/// <summary>A charge not yet settled, in the narrow shape the collection pages and reminders read.</summary>
internal sealed record OpenCharge(Guid Id, Guid ServicePointId, Guid BillId, string BillNumber, int Period, decimal Amount, decimal Paid,
    DateOnly? DueDate, DateTime? RemindedAt);

/// <summary>The unpaid charges of a point or a route, grouped by bill (a handful of rows, grouped in memory).</summary>
internal static class OpenBills
{
    /// <summary>
    /// Charges with a bill that is not settled: <see cref="WasteCharge.PaidAt"/> is set only when a billed charge is
    /// paid in full (and cleared again when a payment is voided), so "no PaidAt" needs no decimal comparison in SQL.
    /// </summary>
    public static IQueryable<WasteCharge> Unpaid(LocalGovDbContext db) =>
        db.Set<WasteCharge>().Where(c => c.BillId != null && c.PaidAt == null);

    public static Task<List<OpenCharge>> ReadAsync(IQueryable<WasteCharge> charges, CancellationToken cancellationToken) => charges
        .Select(c => new OpenCharge(c.Id, c.ServicePointId, c.BillId!.Value, c.BillNumber!, c.Period, c.Amount, c.Paid, c.DueDate, c.RemindedAt))
        .ToListAsync(cancellationToken);

    /// <summary>Each point's open bills, earliest month first.</summary>
    public static Dictionary<Guid, IReadOnlyList<OpenBill>> ByPoint(IEnumerable<OpenCharge> charges) => charges
        .GroupBy(c => c.ServicePointId)
        .ToDictionary(g => g.Key, g => Group(g));

    public static IReadOnlyList<OpenBill> Group(IEnumerable<OpenCharge> charges) => [.. charges
        .Where(c => c.Amount > c.Paid)
        .GroupBy(c => c.BillId)
        .Select(g => new OpenBill(g.Key, g.First().BillNumber, [.. g.OrderBy(c => c.Period).Select(c => BillingPeriod.FromKey(c.Period))],
            g.Sum(c => c.Amount - c.Paid), g.Min(c => c.DueDate)))
        .OrderBy(b => b.Months[0])
        .ThenBy(b => b.BillNumber, StringComparer.Ordinal)];

    public static string Baht(decimal amount) => ThaiBahtText.ToFigures(amount);

    public static string Date(DateOnly? date, bool thai) => Platform.Timing.BangkokTime.Format(date, thai, longDate: true);
}
