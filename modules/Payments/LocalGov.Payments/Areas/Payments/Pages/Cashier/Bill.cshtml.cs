using System.Globalization;
using LocalGov.Payments.Bills;
using LocalGov.Payments.Collection;
using LocalGov.Payments.Contracts;
using LocalGov.Payments.Pages;
using LocalGov.Payments.PromptPay;
using LocalGov.Platform.Data;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Payments.Areas.Payments.Pages.Cashier;

/// <summary>One bill at the counter: what is due today, its PromptPay code, and the form that takes the money.</summary>
[Authorize(Policy = Platform.Authorization.PermissionPolicies.Prefix + PaymentsPermissions.Collect)]
public sealed class BillModel(LocalGovDbContext db, PaymentRecorder recorder, ISettingProvider settings, TimeProvider clock) : PaymentsPage
{
    public Bill Bill { get; private set; } = null!;
    public AmountDueView Due { get; private set; } = null!;
    public string Stamp { get; private set; } = "";
    public string? QrCode { get; private set; }
    public IReadOnlyList<Payment> Payments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, string? amount, PaymentChannel channel, string? stamp, string? reference,
        CancellationToken cancellationToken)
    {
        if (!decimal.TryParse((amount ?? "").Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            Error("กรอกจำนวนเงินเป็นตัวเลข เช่น 150.50", "Enter the amount as a number, e.g. 150.50");
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
        try
        {
            var payment = await recorder.RecordAsync(id, value, channel, stamp, string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(), cancellationToken);
            return LocalRedirect($"{Request.PathBase}/receipts/{payment.ReceiptNumber}");
        }
        catch (BusinessRuleException e)
        {
            db.ChangeTracker.Clear();
            Error(e);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", PlatformMessages.Conflict.Current);
        }
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var bill = await db.Set<Bill>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (bill is null)
        {
            return false;
        }
        Bill = bill;
        Stamp = bill.ConcurrencyStamp;
        Due = bill.DueAsOf(BangkokTime.Today(clock));
        Payments = await db.Set<Payment>().AsNoTracking().Where(p => p.BillId == id).OrderBy(p => p.ReceiptNumber).ToListAsync(cancellationToken);
        var payload = BillQrCode.Payload(await settings.GetAsync(BillQrCode.BillerIdSetting, cancellationToken), bill, Due.Total);
        QrCode = payload is null ? null : BillQrCode.PngDataUri(payload);
        return true;
    }
}
