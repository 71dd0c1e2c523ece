using LocalGov.Payments.Bills;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.Timing;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.Collection;

/// <summary>The <see cref="IPaymentTaking"/> contract over the cashier's own <see cref="PaymentRecorder"/>.</summary>
internal sealed class PaymentTaking(LocalGovDbContext db, PaymentRecorder recorder, TimeProvider clock) : IPaymentTaking
{
    public async Task<TakenPayment> RecordAsync(Guid billId, decimal amount, PaymentChannel channel, string? expectedStamp, string? reference,
        CancellationToken cancellationToken = default)
    {
        var payment = await recorder.RecordAsync(billId, amount, channel, expectedStamp, reference, cancellationToken);
        var bill = await db.Set<Bill>().SingleAsync(b => b.Id == billId, cancellationToken);
        return new TakenPayment(payment.ReceiptNumber, payment.Amount, payment.PaidOn, bill.Status, bill.Outstanding);
    }

    public async Task<PayableBill?> FindPayableAsync(Guid billId, CancellationToken cancellationToken = default)
    {
        var bill = await db.Set<Bill>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == billId, cancellationToken);
        return bill is null ? null : new PayableBill(bill.ToView(BangkokTime.Today(clock)), bill.ConcurrencyStamp);
    }
}
