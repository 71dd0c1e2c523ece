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
public sealed class ReceiptModel(LocalGovDbContext db, ICurrentTenant currentTenant, Platform.Authorization.IPermissionChecker permissions,
    ReceiptVoiding voiding, ReceiptDocuments documents) : PaymentsPage
{
    public Payment Payment { get; private set; } = null!;
    public bool CanVoid { get; private set; }
    public Bill Bill { get; private set; } = null!;
    public ReceiptDocument Document { get; private set; } = null!;

    public async Task<IActionResult> OnPostVoidAsync(string number, string? reason, CancellationToken cancellationToken)
    {
        if (!await permissions.IsGrantedAsync(User, PaymentsPermissions.VoidReceipts, cancellationToken))
        {
            return Forbid();
        }
        try
        {
            await voiding.VoidAsync(number, reason ?? "", cancellationToken);
            return LocalRedirect($"{Request.PathBase}/receipts/{number}");
        }
        catch (Platform.Web.BusinessRuleException e)
        {
            db.ChangeTracker.Clear();
            Error(e);
            return await OnGetAsync(number, cancellationToken);
        }
    }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        CanVoid = await permissions.IsGrantedAsync(User, PaymentsPermissions.VoidReceipts, cancellationToken);
        var payment = await db.Set<Payment>().AsNoTracking().SingleOrDefaultAsync(p => p.ReceiptNumber == number, cancellationToken);
        if (payment is null)
        {
            return NotFound();
        }
        Payment = payment;
        Bill = await db.Set<Bill>().AsNoTracking().SingleAsync(b => b.Id == payment.BillId, cancellationToken);
        Document = await documents.ForAsync(Payment, Bill, currentTenant.Tenant, cancellationToken);
        return Page();
    }
}
