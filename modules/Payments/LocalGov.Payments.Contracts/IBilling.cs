namespace LocalGov.Payments.Contracts;

/// <summary>
/// Issuing and finding bills. Issue inside the caller's transaction: the bill number is gap-free only if the bill
/// is saved in the same transaction that took it.
/// </summary>
public interface IBilling
{
    Task<BillView> IssueAsync(IssueBillRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Issues many bills in one save (a monthly billing run): numbers taken as one block, every request checked
    /// before any is saved. Returns the bills in the order of the requests.
    /// </summary>
    Task<IReadOnlyList<IssuedBill>> IssueManyAsync(IReadOnlyList<IssueBillRequest> requests, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<BillView>> FindBySourceAsync(string module, string reference, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<BillView>> FindByPayerAsync(string payerReference, CancellationToken cancellationToken = default);

    /// <summary>Cancels an unpaid bill; the reason is kept and audited. A bill with payments cannot be cancelled.</summary>
    Task CancelAsync(Guid billId, string reason, CancellationToken cancellationToken = default);
}

/// <summary>A bill just issued in bulk: its id and printed number.</summary>
public sealed record IssuedBill(Guid Id, string Number, decimal Principal);
