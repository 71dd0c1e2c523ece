using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tax.Assessment;

/// <summary>
/// Keeps each tax bill's paid principal, and its assessment's, in step with Payments (this module never reads
/// payment tables). Penalties are Payments' business; only principal counts towards the assessment.
/// </summary>
internal sealed class TaxBillEvents(LocalGovDbContext db) : IBillEventHandler
{
    public string Module => AssessmentBilling.ModuleName;

    public Task OnPaidAsync(BillPaid paid, CancellationToken cancellationToken) =>
        SetPaidAsync(paid.BillId, bill => bill.Principal, paid.PaidAt, cancellationToken);

    public Task OnPartiallyPaidAsync(BillPartiallyPaid paid, CancellationToken cancellationToken) =>
        SetPaidAsync(paid.BillId, bill => bill.Principal - paid.PrincipalOutstanding, paid.PaidAt, cancellationToken);

    public Task OnPaymentVoidedAsync(BillPaymentVoided voided, CancellationToken cancellationToken) =>
        SetPaidAsync(voided.BillId, bill => Math.Max(0, bill.Paid - voided.Principal), null, cancellationToken);

    public async Task OnCancelledAsync(BillCancelled cancelled, CancellationToken cancellationToken)
    {
        var bill = await db.Set<TaxBill>().SingleOrDefaultAsync(b => b.BillId == cancelled.BillId, cancellationToken);
        if (bill is null || bill.Cancelled)
        {
            return; // not ours, or cancelled by a correction that already counted it
        }
        bill.Cancelled = true;
        var assessment = await db.Set<TaxAssessment>().SingleAsync(a => a.Id == bill.AssessmentId, cancellationToken);
        assessment.Billed -= bill.Principal;
    }

    private async Task SetPaidAsync(Guid billId, Func<TaxBill, decimal> paid, DateTime? paidAt, CancellationToken cancellationToken)
    {
        var bill = await db.Set<TaxBill>().SingleOrDefaultAsync(b => b.BillId == billId, cancellationToken);
        if (bill is null)
        {
            return;
        }
        var assessment = await db.Set<TaxAssessment>().SingleAsync(a => a.Id == bill.AssessmentId, cancellationToken);
        var now = paid(bill);
        assessment.Paid += now - bill.Paid;
        bill.Paid = now;
        bill.PaidAt = now >= bill.Principal ? paidAt : null;
    }
}
