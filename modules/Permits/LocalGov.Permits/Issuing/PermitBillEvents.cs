using LocalGov.Payments.Contracts;
using LocalGov.Permits.Applying;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Issuing;

/// <summary>
/// Payments tells Permits about fee bills: paid in full issues the permit, in the payment's transaction (if issuing
/// fails, the payment is not recorded either); a voided payment suspends the permit it paid for; a cancelled bill
/// leaves the approval waiting for a new bill, which staff issue from the case.
/// </summary>
internal sealed class PermitBillEvents(LocalGovDbContext db, PermitIssuer issuer, TimeProvider clock) : IBillEventHandler
{
    public const string ModuleName = "Permits";

    public string Module => ModuleName;

    public async Task OnPaidAsync(BillPaid paid, CancellationToken cancellationToken)
    {
        var application = await ApplicationAsync(paid.BillId, cancellationToken);
        if (application is not { Status: ApplicationStatus.Approved })
        {
            return; // already issued (a payment recorded twice is Payments' to refuse), or not ours
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
        permit.Suspend(now, $"ยกเลิกใบเสร็จค่าธรรมเนียม {voided.ReceiptNumber}: {voided.Reason} / Fee receipt {voided.ReceiptNumber} voided: {voided.Reason}");
        db.Add(application.Note(now, "system", $"Receipt {voided.ReceiptNumber} voided; permit suspended."));
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
