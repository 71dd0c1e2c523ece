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

    /// <summary>
    /// Replaces the penalty policy of a bill not yet settled: a land-tax warning notice raises the surcharge from its
    /// date on. Payments already taken keep the penalties they paid.
    /// </summary>
    Task SetPenaltyAsync(Guid billId, PenaltyPolicy penalty, CancellationToken cancellationToken = default);

    /// <summary>
    /// Puts a bill on installments at the payer's request. Refused (409) once anything is paid, after the bill's due
    /// date, or when the plan's first date is not the bill's due date.
    /// </summary>
    Task SetInstallmentsAsync(Guid billId, InstallmentPlan plan, CancellationToken cancellationToken = default);

    /// <summary>
    /// Puts a bill under a resident's account once they have proved it is theirs (a tax notice linked after it was
    /// issued), so it shows in their bills and they can open its receipts. A bill already under another account is
    /// left as it is.
    /// </summary>
    Task LinkPayerAsync(Guid billId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Cancels an unpaid bill; the reason is kept and audited. A bill with payments cannot be cancelled.</summary>
    Task CancelAsync(Guid billId, string reason, CancellationToken cancellationToken = default);
}

/// <summary>A bill just issued in bulk: its id and printed number.</summary>
public sealed record IssuedBill(Guid Id, string Number, decimal Principal);
