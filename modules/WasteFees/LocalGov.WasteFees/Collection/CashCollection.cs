using System.Globalization;
using LocalGov.Payments.Contracts;
using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using LocalGov.WasteFees.Billing;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.WasteFees.Collection;

/// <summary>
/// Cash taken at the door. The bill must be one of the point's waste bills; the payment, its receipt number and
/// the charges' paid amounts (<see cref="WasteBillEvents"/>) are one transaction in Payments. The bill's stamp from
/// the collector's screen makes a second tap, or a second collector, a 409 instead of a second receipt.
/// </summary>
public sealed class CashCollection(LocalGovDbContext db, IPaymentTaking taking, IAuditScope audit)
{
    public static readonly LocalizedText StaleBill = new(
        "ใบแจ้งหนี้นี้มีการชำระหรือเปลี่ยนแปลงไปแล้ว (อาจบันทึกรับเงินครั้งนี้ไปแล้ว) ตรวจสอบยอดค้างด้านล่างก่อนรับเงินอีกครั้ง",
        "This bill was paid or changed meanwhile (this payment may already be recorded). Check what is still due below before taking money again.");

    public async Task<TakenPayment> RecordAsync(Guid pointId, Guid billId, string? amountText, string? stamp, CancellationToken cancellationToken)
    {
        var charge = await db.Set<WasteCharge>().AsNoTracking()
            .FirstOrDefaultAsync(c => c.BillId == billId && c.ServicePointId == pointId, cancellationToken)
            ?? throw new BusinessRuleException(new LocalizedText("ไม่พบใบแจ้งหนี้นี้ของจุดบริการนี้", "This service point has no such bill."), "bill", 404);
        var amount = ParseAmount(amountText);
        // checked first so that a second tap is told what happened, not that the amount is now too large
        var payable = await taking.FindPayableAsync(billId, cancellationToken);
        if (string.IsNullOrWhiteSpace(stamp) || payable is null || !string.Equals(payable.ConcurrencyStamp, stamp, StringComparison.Ordinal))
        {
            throw new BusinessRuleException(StaleBill, "bill", 409);
        }
        try
        {
            var taken = await taking.RecordAsync(billId, amount, PaymentChannel.Cash, stamp, null, cancellationToken);
            audit.AddAction("WasteFees.CashCollected", $"{charge.BillNumber} {taken.Amount:0.00} {taken.ReceiptNumber}");
            return taken;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new BusinessRuleException(StaleBill, "bill", 409);
        }
    }

    /// <summary>Reads "40", "40.50" or "1,040.50" baht; anything else, zero or negative is refused.</summary>
    public static decimal ParseAmount(string? text)
    {
        if (decimal.TryParse((text ?? "").Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture,
                out var amount) && amount > 0)
        {
            return amount;
        }
        throw new BusinessRuleException(new LocalizedText("กรอกจำนวนเงินที่รับ เป็นบาท เช่น 40.00", "Enter the amount received in baht, e.g. 40.00."), "amount");
    }
}
