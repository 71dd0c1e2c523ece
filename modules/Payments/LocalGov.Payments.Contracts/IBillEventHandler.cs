namespace LocalGov.Payments.Contracts;

/// <summary>
/// A source module's reaction to payments of its bills (a permit issued when its fee is paid). Runs inside the
/// payment's transaction: if it throws, the payment is not recorded either.
/// </summary>
public interface IBillEventHandler
{
    /// <summary>The module whose bills this handler hears about (<see cref="BillSource.Module"/>).</summary>
    string Module { get; }

    Task OnPaidAsync(BillPaid paid, CancellationToken cancellationToken);

    Task OnPartiallyPaidAsync(BillPartiallyPaid paid, CancellationToken cancellationToken);

    /// <summary>A payment of the bill was voided (a permit issued on payment may need to be withdrawn).</summary>
    Task OnPaymentVoidedAsync(BillPaymentVoided voided, CancellationToken cancellationToken);

    /// <summary>An unpaid bill was cancelled (the source may bill the same thing again, corrected).</summary>
    Task OnCancelledAsync(BillCancelled cancelled, CancellationToken cancellationToken) => Task.CompletedTask;
}
