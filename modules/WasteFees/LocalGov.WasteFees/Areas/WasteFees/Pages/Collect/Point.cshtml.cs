using LocalGov.Payments.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.WasteFees.Collection;
using LocalGov.WasteFees.ServicePoints;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.WasteFees.Areas.WasteFees.Pages.Collect;

/// <summary>
/// One point at the door: its open bills, each with a cash form prefilled with what settles it today. Taking the
/// money shows the receipt number, large, to hand over. A second tap or a second collector gets a 409 and the
/// bill as it now stands; an amount above what is due gets Payments' own refusal.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + WasteFeesPermissions.Collect)]
public sealed class PointModel(RouteBook book, CashCollection cash, IBillPresentation presentation, LocalGovDbContext db) : CollectionPage
{
    public ServicePoint Point { get; private set; } = null!;
    public IReadOnlyList<CollectableBill> Bills { get; private set; } = [];

    /// <summary>The payment just recorded; the page then shows the receipt number instead of the forms.</summary>
    public TakenPayment? Taken { get; private set; }
    public string? TakenBillNumber { get; private set; }
    public string? ReceiptPath { get; private set; }

    /// <summary>The bill whose form failed, to put its error next to it.</summary>
    public Guid? FailedBill { get; private set; }
    public string? PostedAmount { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid bill, string? amount, string? stamp, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        TakenPayment? taken = null;
        if (await TryAsync(db, async () => taken = await cash.RecordAsync(id, bill, amount, stamp, cancellationToken)))
        {
            Taken = taken;
            TakenBillNumber = Bills.FirstOrDefault(b => b.Bill.BillId == bill)?.Bill.BillNumber;
            ReceiptPath = await presentation.ReceiptPathAsync(User, taken!.ReceiptNumber, cancellationToken);
        }
        else
        {
            FailedBill = bill;
            PostedAmount = amount;
        }
        await LoadAsync(id, cancellationToken); // what is still open now, with fresh stamps
        return Page();
    }

    /// <summary>The amount in the bill's form: as typed after a refusal, otherwise all that is due today.</summary>
    public string AmountFor(CollectableBill bill) =>
        FailedBill == bill.Bill.BillId && PostedAmount is not null ? PostedAmount : Amount(bill.DueToday);

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await book.PointAsync(id, cancellationToken) is not { } point)
        {
            return false;
        }
        Point = point;
        Bills = await book.BillsAsync(id, cancellationToken);
        return true;
    }
}
