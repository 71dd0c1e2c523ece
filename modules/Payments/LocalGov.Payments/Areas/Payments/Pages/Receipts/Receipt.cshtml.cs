using LocalGov.Payments.Bills;
using LocalGov.Payments.Collection;
using LocalGov.Payments.Contracts;
using LocalGov.Payments.Pages;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Thai;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.Areas.Payments.Pages.Receipts;

/// <summary>The printable receipt (A4/A5): LAO, number, Buddhist-Era date, payer, lines, total and the amount in Thai words.</summary>
[Authorize(Policy = Platform.Authorization.PermissionPolicies.Prefix + PaymentsPermissions.Collect)]
public sealed class ReceiptModel(LocalGovDbContext db, ICurrentTenant currentTenant) : PaymentsPage
{
    public Payment Payment { get; private set; } = null!;
    public Bill Bill { get; private set; } = null!;
    public string LaoName => currentTenant.Tenant?.Name.Th ?? "";
    public string ThaiPaidOn => ThaiDate.ToLongString(Payment.PaidOn);
    public string AmountInWords => ThaiBahtText.ToText(Payment.Amount);
    public string ChannelText => Payment.Channel switch
    {
        PaymentChannel.Cash => "เงินสด",
        PaymentChannel.Transfer => "โอนเงิน",
        PaymentChannel.Cheque => "เช็ค",
        _ => "พร้อมเพย์",
    };

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        var payment = await db.Set<Payment>().AsNoTracking().SingleOrDefaultAsync(p => p.ReceiptNumber == number, cancellationToken);
        if (payment is null)
        {
            return NotFound();
        }
        Payment = payment;
        Bill = await db.Set<Bill>().AsNoTracking().SingleAsync(b => b.Id == payment.BillId, cancellationToken);
        return Page();
    }
}
