using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.Billing;

/// <summary>
/// Keeps each charge's paid amount in step with its bill (Payments tells; this module never reads payment tables).
/// Waste bills carry no penalty, so money paid is principal paid. A cancelled bill frees its months: the charges
/// go, and the next run bills those months again as the point now stands (cancel-and-rebill after a correction).
/// </summary>
internal sealed class WasteBillEvents(LocalGovDbContext db, TimeProvider clock) : IBillEventHandler
{
    public string Module => BillingEngine.ModuleName;

    public async Task OnPaidAsync(BillPaid paid, CancellationToken cancellationToken)
    {
        var charges = await ChargesAsync(paid.BillId, cancellationToken);
        WasteCharge.Spread(charges, charges.Sum(c => c.Amount), paid.PaidAt);
    }

    public async Task OnPartiallyPaidAsync(BillPartiallyPaid paid, CancellationToken cancellationToken)
    {
        var charges = await ChargesAsync(paid.BillId, cancellationToken);
        WasteCharge.Spread(charges, charges.Sum(c => c.Amount) - paid.PrincipalOutstanding, paid.PaidAt);
    }

    public async Task OnPaymentVoidedAsync(BillPaymentVoided voided, CancellationToken cancellationToken)
    {
        var charges = await ChargesAsync(voided.BillId, cancellationToken);
        WasteCharge.Spread(charges, Math.Max(0, charges.Sum(c => c.Paid) - voided.Amount), clock.GetUtcNow().UtcDateTime);
    }

    public async Task OnCancelledAsync(BillCancelled cancelled, CancellationToken cancellationToken) =>
        db.RemoveRange(await ChargesAsync(cancelled.BillId, cancellationToken));

    private Task<List<WasteCharge>> ChargesAsync(Guid billId, CancellationToken cancellationToken) =>
        db.Set<WasteCharge>().Where(c => c.BillId == billId).ToListAsync(cancellationToken);
}
