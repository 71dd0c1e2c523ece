using LocalGov.Payments.Bills;
using LocalGov.Payments.Collection;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.Reconciliation;

/// <summary>The outcome of one bank transaction.</summary>
public enum ApplyOutcome
{
    Applied = 1,
    AlreadyImported = 2,
    NeedsReview = 3,
}

public sealed record ApplyResult(ApplyOutcome Outcome, string? Problem, string? ReceiptNumber);

/// <summary>
/// Applies bank-reported payments to bills, each in its own transaction: a row is applied whole (payment, receipt,
/// BillPaid) or recorded for review, never half. A bank reference seen before is skipped, which makes re-imports and
/// replayed notifications harmless.
/// </summary>
public sealed class BankTransactionApplier(LocalGovDbContext db, PaymentRecorder recorder)
{
    public async Task<ApplyResult> ApplyAsync(BankTransactionInput input, string source, CancellationToken cancellationToken)
    {
        if (await db.Set<BankTransaction>().AnyAsync(t => t.BankReference == input.BankReference, cancellationToken))
        {
            return new ApplyResult(ApplyOutcome.AlreadyImported, null, null);
        }

        var record = new BankTransaction(input, source);
        var bill = await db.Set<Bill>().AsNoTracking().SingleOrDefaultAsync(b => b.Ref1 == input.Ref1, cancellationToken);
        string? problem = bill switch
        {
            null => $"No bill with Ref1 {input.Ref1} in this LAO.",
            { Status: BillStatus.Cancelled } => $"Bill {bill.Number} was cancelled.",
            { Status: BillStatus.Paid } => $"Bill {bill.Number} is already paid.",
            _ when input.Ref2 is { Length: > 0 } && bill.PayerReference is { Length: > 0 } && input.Ref2 != bill.PayerReference =>
                $"Ref2 {input.Ref2} is not the payer reference of bill {bill.Number}.",
            _ => null,
        };

        if (problem is null)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var payment = await recorder.RecordAsync(bill!.Id, input.Amount, PaymentChannel.PromptPay, null, input.BankReference,
                    cancellationToken, input.PaidAt);
                record.Matched(bill.Id, payment.ReceiptNumber);
                db.Add(record);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new ApplyResult(ApplyOutcome.Applied, null, payment.ReceiptNumber);
            }
            catch (Exception e) when (e is BusinessRuleException or DbUpdateException)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                if (e is DbUpdateException && await db.Set<BankTransaction>().AnyAsync(t => t.BankReference == input.BankReference, cancellationToken))
                {
                    return new ApplyResult(ApplyOutcome.AlreadyImported, null, null); // the same report arrived twice at once
                }
                problem = e is BusinessRuleException rule ? rule.UserMessage.En : $"Bill {bill!.Number} changed while this payment was applied; review it.";
            }
        }

        record.Unmatched(problem, bill?.Id);
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return new ApplyResult(ApplyOutcome.NeedsReview, problem, null);
    }
}
