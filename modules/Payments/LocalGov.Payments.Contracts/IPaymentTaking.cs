namespace LocalGov.Payments.Contracts;

/// <summary>
/// Taking money for a bill outside the cashier's counter (a waste-fee collector at the door). The payment, its
/// receipt number and the source module's <see cref="IBillEventHandler"/> reaction are one transaction; the caller
/// checks its own permission first.
/// </summary>
public interface IPaymentTaking
{
    /// <param name="expectedStamp">The bill's concurrency stamp the collector saw; a different one is a 409, so two collectors cannot take one bill twice.</param>
    Task<TakenPayment> RecordAsync(Guid billId, decimal amount, PaymentChannel channel, string? expectedStamp, string? reference,
        CancellationToken cancellationToken = default);

    /// <summary>The bill's current stamp and amount due today, to show before taking money.</summary>
    Task<PayableBill?> FindPayableAsync(Guid billId, CancellationToken cancellationToken = default);
}

/// <summary>A recorded payment: the receipt number to hand over, what it paid, and the bill's state after it.</summary>
public sealed record TakenPayment(string ReceiptNumber, decimal Amount, DateOnly PaidOn, BillStatus BillStatus, decimal Outstanding);

/// <summary>A bill as a collector sees it before taking money.</summary>
public sealed record PayableBill(BillView Bill, string ConcurrencyStamp);
