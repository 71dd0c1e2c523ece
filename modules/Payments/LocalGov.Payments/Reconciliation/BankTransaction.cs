using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Payments.Reconciliation;

/// <summary>
/// One PromptPay payment reported by the bank (a file row or a signed notification). Its bank reference is unique
/// per LAO, so a re-imported file or a replayed notification changes nothing. Unmatched ones wait for review.
/// </summary>
public sealed class BankTransaction : Entity, IMultiTenant
{
    private BankTransaction() { } // EF Core

    internal BankTransaction(BankTransactionInput input, string source)
    {
        BankReference = input.BankReference;
        Ref1 = input.Ref1;
        Ref2 = input.Ref2;
        Amount = input.Amount;
        PaidAt = input.PaidAt.UtcDateTime;
        Source = source;
    }

    public Guid TenantId { get; private set; }
    public string BankReference { get; private set; } = "";
    public string Ref1 { get; private set; } = "";
    public string? Ref2 { get; private set; }
    public decimal Amount { get; private set; }
    public DateTime PaidAt { get; private set; }
    /// <summary>"file:name.csv" or "notification".</summary>
    public string Source { get; private set; } = "";
    public BankTransactionStatus Status { get; private set; }
    public string? Problem { get; private set; }
    public Guid? BillId { get; private set; }
    public string? ReceiptNumber { get; private set; }

    internal void Matched(Guid billId, string receiptNumber)
    {
        Status = BankTransactionStatus.Applied;
        BillId = billId;
        ReceiptNumber = receiptNumber;
        Problem = null;
    }

    internal void Unmatched(string problem, Guid? billId = null)
    {
        Status = BankTransactionStatus.NeedsReview;
        Problem = problem;
        BillId = billId;
    }
}

public enum BankTransactionStatus
{
    Applied = 1,
    NeedsReview = 2,
}

/// <summary>What the bank says was paid.</summary>
public sealed record BankTransactionInput(string Ref1, string? Ref2, decimal Amount, DateTimeOffset PaidAt, string BankReference);
