using LocalGov.Payments.Bills;
using LocalGov.Thai;
using LocalGov.Platform.Web;

namespace LocalGov.Payments.PromptPay;

/// <summary>
/// The Thai QR bill-payment code printed on every bill (BOT standard, tag 30): the LAO's biller ID, Ref1 = bill
/// number, Ref2 = payer reference, and the amount due today. Without a biller ID setting there is no code.
/// </summary>
public static class BillQrCode
{
    public const string BillerIdSetting = "Payments.BillerId";

    public static string? Payload(string? billerId, Bill bill, decimal amount)
    {
        if (string.IsNullOrWhiteSpace(billerId) || amount <= 0)
        {
            return null;
        }
        var ref2 = string.IsNullOrWhiteSpace(bill.PayerReference) ? null : bill.PayerReference;
        return ThaiQr.BillPayment(billerId, bill.Ref1, ref2, amount);
    }

    public static string PngDataUri(string payload) => QrImage.PngDataUri(payload, QrImage.Level.M, 6);
}
