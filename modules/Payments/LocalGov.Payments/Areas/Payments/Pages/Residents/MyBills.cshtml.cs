using System.Security.Claims;
using LocalGov.Payments.Bills;
using LocalGov.Payments.Collection;
using LocalGov.Payments.Contracts;
using LocalGov.Payments.Pages;
using LocalGov.Payments.PromptPay;
using LocalGov.Platform.Data;
using LocalGov.Platform.Features;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.Areas.Payments.Pages.Residents;

public sealed record MyBill(string Lao, Bill Bill, AmountDueView Due, string? QrCode, IReadOnlyList<Payment> Receipts);

/// <summary>
/// A resident's bills from every LAO in one list, each with its PromptPay code and receipts. Reads across tenants
/// on purpose, and only rows whose payer is the signed-in account.
/// </summary>
[Authorize]
[AcrossTenants]
public sealed class MyBillsModel(LocalGovDbContext db, ITenantStore tenants, ICurrentTenant currentTenant, ISettingProvider settings, TimeProvider clock)
    : PaymentsPage
{
    public IReadOnlyList<MyBill> Bills { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var bills = await db.Set<Bill>().IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(b => b.PayerUserId == userId && b.Status != BillStatus.Cancelled)
            .OrderByDescending(b => b.DueDate).ToListAsync(cancellationToken);
        var ids = bills.Select(b => b.Id).ToList();
        var receipts = await db.Set<Payment>().IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(p => ids.Contains(p.BillId) && !p.Voided).ToListAsync(cancellationToken);
        var today = BangkokTime.Today(clock);
        var list = new List<MyBill>();
        foreach (var bill in bills)
        {
            var tenant = await tenants.FindByIdAsync(bill.TenantId, cancellationToken);
            if (tenant is null)
            {
                continue;
            }
            string? qr;
            using (currentTenant.Change(tenant))
            {
                var payload = BillQrCode.Payload(await settings.GetAsync(BillQrCode.BillerIdSetting, cancellationToken), bill, bill.DueAsOf(today).Total);
                qr = payload is null ? null : BillQrCode.PngDataUri(payload);
            }
            list.Add(new MyBill(IsThai ? tenant.Name.Th : tenant.Name.En, bill, bill.DueAsOf(today), qr,
                [.. receipts.Where(r => r.BillId == bill.Id).OrderBy(r => r.ReceiptNumber, StringComparer.Ordinal)]));
        }
        Bills = list;
    }
}
