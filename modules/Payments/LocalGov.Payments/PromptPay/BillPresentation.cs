using System.Security.Claims;
using LocalGov.Payments.Bills;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Timing;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.PromptPay;

/// <summary>The <see cref="IBillPresentation"/> contract: the same QR code as the bill and the counter show, and the receipt page's permission.</summary>
internal sealed class BillPresentation(LocalGovDbContext db, ISettingProvider settings, IPermissionChecker permissions, TimeProvider clock)
    : IBillPresentation
{
    public async Task<string?> QrCodeAsync(Guid billId, CancellationToken cancellationToken = default)
    {
        var billerId = await settings.GetAsync(BillQrCode.BillerIdSetting, cancellationToken);
        if (string.IsNullOrWhiteSpace(billerId))
        {
            return null;
        }
        var bill = await db.Set<Bill>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == billId, cancellationToken);
        if (bill is null || bill.Status is BillStatus.Paid or BillStatus.Cancelled)
        {
            return null;
        }
        var payload = BillQrCode.Payload(billerId, bill, bill.DueAsOf(BangkokTime.Today(clock)).Total);
        return payload is null ? null : BillQrCode.PngDataUri(payload);
    }

    public async Task<bool> TakesPromptPayAsync(CancellationToken cancellationToken = default) =>
        !string.IsNullOrWhiteSpace(await settings.GetAsync(BillQrCode.BillerIdSetting, cancellationToken));

    public async Task<string?> ReceiptPathAsync(ClaimsPrincipal user, string receiptNumber, CancellationToken cancellationToken = default) =>
        await permissions.IsGrantedAsync(user, PaymentsPermissions.Collect, cancellationToken)
            ? "/receipts/" + Uri.EscapeDataString(receiptNumber)
            : null;

    public async Task<IReadOnlyList<BillReceipt>> ReceiptsAsync(Guid billId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var bill = await db.Set<Bill>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == billId, cancellationToken);
        if (bill is null)
        {
            return [];
        }
        var payments = await db.Set<Collection.Payment>().AsNoTracking().Where(p => p.BillId == billId).OrderBy(p => p.PaidAt).ToListAsync(cancellationToken);
        var cashier = await permissions.IsGrantedAsync(user, PaymentsPermissions.Collect, cancellationToken);
        var payer = bill.PayerUserId is { } payerId && SignedIn.UserIdOf(user) == payerId;
        return [.. payments.Select(p => new BillReceipt(p.ReceiptNumber, p.Amount, p.PaidOn, p.Voided,
            cashier ? "/receipts/" + Uri.EscapeDataString(p.ReceiptNumber) : payer ? "/my/receipts/" + p.Id : null))];
    }
}
