using LocalGov.Payments.Bills;
using LocalGov.Payments.Contracts;
using LocalGov.Thai;

namespace LocalGov.Payments.Collection;

/// <summary>What a printed receipt shows, for the cashier's copy and the resident's download alike.</summary>
public sealed record ReceiptDocument(Payment Payment, Bill Bill, string LaoName)
{
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
