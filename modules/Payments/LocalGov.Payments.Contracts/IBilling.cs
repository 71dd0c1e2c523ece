namespace LocalGov.Payments.Contracts;

/// <summary>
/// Issuing and finding bills. Issue inside the caller's transaction: the bill number is gap-free only if the bill
/// is saved in the same transaction that took it.
/// </summary>
public interface IBilling
{
    Task<BillView> IssueAsync(IssueBillRequest request, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<BillView>> FindBySourceAsync(string module, string reference, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<BillView>> FindByPayerAsync(string payerReference, CancellationToken cancellationToken = default);

    /// <summary>Cancels an unpaid bill; the reason is kept and audited. A bill with payments cannot be cancelled.</summary>
    Task CancelAsync(Guid billId, string reason, CancellationToken cancellationToken = default);
}
