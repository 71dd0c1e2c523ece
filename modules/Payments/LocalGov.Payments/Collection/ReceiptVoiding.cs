using System.Security.Claims;
using LocalGov.Payments.Bills;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.Collection;

/// <summary>
/// Voids a receipt: the receipt stays (its number is never reused, it prints as VOID), the bill reopens for the
/// principal it recorded, and the source module hears BillPaymentVoided — all in one transaction, audited.
/// </summary>
public sealed class ReceiptVoiding(LocalGovDbContext db, IEnumerable<IBillEventHandler> handlers, IHttpContextAccessor http, TimeProvider clock)
{
    public async Task VoidAsync(string receiptNumber, string reason, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var payment = await db.Set<Payment>().SingleOrDefaultAsync(p => p.ReceiptNumber == receiptNumber, cancellationToken)
            ?? throw new BusinessRuleException(new LocalizedText("ไม่พบใบเสร็จ", "No such receipt."), "receipt", 404);
        payment.Void(reason, http.HttpContext?.User.FindFirstValue(ClaimTypes.Name), clock.GetUtcNow().UtcDateTime);
        var bill = await db.Set<Bill>().SingleAsync(b => b.Id == payment.BillId, cancellationToken);
        bill.ReversePayment(payment.Principal);
        await db.SaveChangesAsync(cancellationToken);

        var voided = new BillPaymentVoided(bill.Id, bill.Number, new BillSource(bill.SourceModule, bill.SourceReference),
            receiptNumber, payment.Amount, payment.VoidReason!) { Principal = payment.Principal };
        foreach (var handler in handlers.Where(h => h.Module == bill.SourceModule))
        {
            await handler.OnPaymentVoidedAsync(voided, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
