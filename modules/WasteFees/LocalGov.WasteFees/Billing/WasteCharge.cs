using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.WasteFees.Billing;

public enum ChargeKind
{
    /// <summary>Issued by a monthly billing run.</summary>
    Monthly = 1,
    /// <summary>Part of a yearly prepayment bill.</summary>
    Prepaid = 2,
}

/// <summary>
/// One point's fee for one month, and the bill that asks for it. There is at most one per point and month (a unique
/// index): that is what makes billing idempotent, since a run bills only the months that have none. A month fully
/// exempt or with nothing to pay still gets a charge (no bill), so the run knows it was dealt with. Payments keep
/// <see cref="Paid"/> current through the bill's events; the zone, route and class are copied at billing time so
/// reports show the month as it was billed.
/// </summary>
public sealed class WasteCharge : IMultiTenant, INotAudited
{
    private WasteCharge() { } // EF Core

    internal WasteCharge(Guid servicePointId, MonthlyFee fee, ChargeKind kind, string zone, string route, string feeClassCode, decimal amount, DateOnly? dueDate)
    {
        ServicePointId = servicePointId;
        Period = fee.Period.Key;
        Kind = kind;
        Zone = zone;
        Route = route;
        FeeClassCode = feeClassCode;
        BillableDays = fee.BillableDays;
        Exempt = fee.Exempt;
        Collection = fee.Collection;
        Disposal = fee.Disposal;
        Amount = amount;
        DueDate = dueDate;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; private set; }
    public Guid ServicePointId { get; private set; }
    /// <summary>yyyymm, see <see cref="BillingPeriod"/>.</summary>
    public int Period { get; private set; }
    public ChargeKind Kind { get; private set; }
    public string Zone { get; private set; } = "";
    public string Route { get; private set; } = "";
    public string FeeClassCode { get; private set; } = "";
    public int BillableDays { get; private set; }
    public bool Exempt { get; private set; }
    /// <summary>The month's prorated collection fee.</summary>
    public decimal Collection { get; private set; }
    /// <summary>The month's prorated disposal fee.</summary>
    public decimal Disposal { get; private set; }
    /// <summary>What the bill asks for this month: collection + disposal, less any prepayment discount; 0 when nothing is due.</summary>
    public decimal Amount { get; private set; }
    public decimal Paid { get; private set; }
    public Guid? BillId { get; private set; }
    public string? BillNumber { get; private set; }
    public DateOnly? DueDate { get; private set; }
    public DateTime? PaidAt { get; private set; }
    /// <summary>When the payer was last emailed about this charge being overdue.</summary>
    public DateTime? RemindedAt { get; private set; }

    public decimal Outstanding => Amount - Paid;
    public bool IsSettled => Paid >= Amount;

    internal void AttachBill(Guid billId, string billNumber)
    {
        BillId = billId;
        BillNumber = billNumber;
    }

    internal void SetPaid(decimal paid, DateTime? at)
    {
        Paid = paid;
        PaidAt = paid >= Amount && Amount > 0 ? at : null;
    }

    internal void MarkReminded(DateTime at) => RemindedAt = at;

    /// <summary>
    /// Spreads what has been paid on one bill over its charges, earliest month first: a prepayment paid in part
    /// settles January before February.
    /// </summary>
    internal static void Spread(IEnumerable<WasteCharge> charges, decimal paid, DateTime at)
    {
        var left = paid;
        foreach (var charge in charges.OrderBy(c => c.Period))
        {
            var part = Math.Max(0, Math.Min(left, charge.Amount));
            charge.SetPaid(part, at);
            left -= part;
        }
    }
}
