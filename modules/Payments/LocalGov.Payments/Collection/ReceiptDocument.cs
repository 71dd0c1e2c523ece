using LocalGov.Payments.Bills;
using LocalGov.Payments.Contracts;
using LocalGov.Thai;

namespace LocalGov.Payments.Collection;

/// <summary>What a printed receipt shows, for the cashier's copy and the resident's download alike.</summary>
public sealed record ReceiptDocument(Payment Payment, Bill Bill, string LaoName)
{
    /// <summary>The staff member who took the money, by name; null for PromptPay and bank payments.</summary>
    public string? ReceivedBy { get; init; }

    public string? LaoPhone { get; init; }

    public string? LaoEmail { get; init; }

    /// <summary>The public page that confirms the receipt (number, date, amount, LAO, valid or voided).</summary>
    public string? VerifyUrl { get; init; }

    /// <summary><see cref="VerifyUrl"/> as a QR code image (data URI).</summary>
    public string? VerifyQrCode { get; init; }

    public string PaidOnThai => ThaiDate.ToLongString(Payment.PaidOn);

    public string AmountInWords => ThaiBahtText.ToText(Payment.Amount);

    public string ChannelThai => Payment.Channel switch
    {
        PaymentChannel.Cash => "เงินสด",
        PaymentChannel.Transfer => "โอนเงิน",
        PaymentChannel.Cheque => "เช็ค",
        _ => "พร้อมเพย์",
    };
}
