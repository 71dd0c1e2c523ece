using LocalGov.Payments.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using LocalGov.Platform.Localization;

namespace LocalGov.Permits.Issuing;

/// <summary>
/// Payments tells Permits about fee bills: paid in full issues the permit, in the payment's transaction (if issuing
/// fails, the payment is not recorded either); a voided payment suspends the permit it paid for, and paying again
/// lifts that suspension; a cancelled bill
/// leaves the approval waiting for a new bill, which staff issue from the case.
/// </summary>
internal sealed class PermitBillEvents(LocalGovDbContext db, PermitIssuer issuer, TimeProvider clock) : IBillEventHandler
{
    public const string ModuleName = "Permits";
    // Stored in both languages (LocalizedText.Stored): the verification page shows the reader's.
    public const string FeeVoidedReason = "ยกเลิกการชำระค่าธรรมเนียม\u001FFee payment voided";
    public const string FeePaidAgainReason = "ชำระค่าธรรมเนียมแล้ว\u001FFee paid";

    public string Module => ModuleName;

    public async Task OnPaidAsync(BillPaid paid, CancellationToken cancellationToken)
    {
        var application = await ApplicationAsync(paid.BillId, cancellationToken);
        if (application is { Status: ApplicationStatus.Issued, PermitId: { } issuedId } &&
            await db.Set<Permit>().SingleOrDefaultAsync(p => p.Id == issuedId, cancellationToken) is { Status: PermitStatus.Suspended, StatusReason: FeeVoidedReason } suspended)
        {
            // paid again after its receipt was voided: the suspension for the void ends
            suspended.Reinstate(paid.PaidAt, FeePaidAgainReason);
            return;
        }
        if (application is not { Status: ApplicationStatus.Approved })
        {
            return; // already issued, or not ours
        }
        var type = await db.Set<PermitType>().SingleAsync(t => t.Id == application.PermitTypeId, cancellationToken);
        await issuer.IssueAsync(application, type, paid.PaidAt, cancellationToken);
    }

    public Task OnPartiallyPaidAsync(BillPartiallyPaid paid, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task OnPaymentVoidedAsync(BillPaymentVoided voided, CancellationToken cancellationToken)
    {
        var application = await ApplicationAsync(voided.BillId, cancellationToken);
        if (application?.PermitId is not { } permitId ||
            await db.Set<Permit>().SingleOrDefaultAsync(p => p.Id == permitId, cancellationToken) is not { Status: Issuing.PermitStatus.Valid } permit)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        // The public verification page shows the reason: a fixed one, never the cashier's words (they may name people).
        permit.Suspend(now, FeeVoidedReason);
        var why = voided.Reason.Length > 1500 ? voided.Reason[..1500] : voided.Reason;
        db.Add(application.Note(now, "system", new LocalizedText($"ยกเลิกใบเสร็จ {voided.ReceiptNumber} ({why}) จึงพักใช้ใบอนุญาต",
            $"Receipt {voided.ReceiptNumber} voided ({why}); permit suspended.").Stored));
    }

    public async Task OnCancelledAsync(BillCancelled cancelled, CancellationToken cancellationToken)
    {
        if (await ApplicationAsync(cancelled.BillId, cancellationToken) is { Status: ApplicationStatus.Approved } application)
        {
            db.Add(application.FeeBillCancelled(clock.GetUtcNow().UtcDateTime, cancelled.BillNumber, cancelled.Reason));
        }
    }

    private Task<PermitApplication?> ApplicationAsync(Guid billId, CancellationToken cancellationToken) =>
        db.Set<PermitApplication>().SingleOrDefaultAsync(a => a.BillId == billId, cancellationToken);
}
