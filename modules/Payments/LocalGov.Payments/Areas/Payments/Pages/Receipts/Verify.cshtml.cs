using LocalGov.Payments.Collection;
using LocalGov.Payments.Pages;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.Areas.Payments.Pages.Receipts;

/// <summary>What the public check of a receipt shows: nothing about the payer.</summary>
public sealed record VerifiedReceipt(string Number, DateOnly PaidOn, decimal Amount, bool Voided);

/// <summary>
/// The public check of a receipt, reached from the QR code printed on it: the receipt's number, date, amount, LAO
/// and whether it stands or was voided — no payer, no bill, no cashier. Only the LAO's own receipts (the tenant
/// filter); an unknown number answers 404.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Lookup)]
public sealed class VerifyModel(LocalGovDbContext db, ICurrentTenant currentTenant) : PaymentsPage
{
    public VerifiedReceipt Receipt { get; private set; } = null!;

    public string Lao { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        if (currentTenant.Tenant is not { } lao)
        {
            return NotFound();
        }
        var receipt = await db.Set<Payment>().AsNoTracking()
            .Where(p => p.ReceiptNumber == number)
            .Select(p => new VerifiedReceipt(p.ReceiptNumber, p.PaidOn, p.Amount, p.Voided))
            .SingleOrDefaultAsync(cancellationToken);
        if (receipt is null)
        {
            return NotFound();
        }
        Receipt = receipt;
        Lao = T(lao.Name.Th, lao.Name.En);
        return Page();
    }
}
