using System.Security.Claims;
using LocalGov.Payments.Bills;
using LocalGov.Payments.Collection;
using LocalGov.Payments.Pages;
using LocalGov.Platform.Data;
using LocalGov.Platform.Features;
using LocalGov.Platform.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.Areas.Payments.Pages.Residents;

/// <summary>A resident downloads (prints) a receipt of their own bill, from any LAO; anyone else's answers 404.</summary>
[Authorize]
[AcrossTenants]
public sealed class MyReceiptModel(LocalGovDbContext db, ITenantStore tenants, ReceiptDocuments documents) : PaymentsPage
{
    public ReceiptDocument Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var payment = await db.Set<Payment>().IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        var bill = payment is null ? null : await db.Set<Bill>().IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .SingleOrDefaultAsync(b => b.Id == payment.BillId && b.PayerUserId == userId, cancellationToken);
        if (payment is null || bill is null)
        {
            return NotFound();
        }
        var tenant = await tenants.FindByIdAsync(bill.TenantId, cancellationToken);
        Document = await documents.ForAsync(payment, bill, tenant, cancellationToken);
        return Page();
    }
}
