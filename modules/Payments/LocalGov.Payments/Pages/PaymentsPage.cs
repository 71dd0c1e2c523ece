using System.Globalization;
using LocalGov.Thai;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalGov.Payments.Pages;

/// <summary>What the cashier and receipt pages share: language, baht formatting, Thai dates.</summary>
public abstract class PaymentsPage : Platform.Web.LocalGovPageModel
{
    /// <summary>Dates on bills and receipts are written out in full: "22 พฤศจิกายน 2569".</summary>
    public string Date(DateOnly date) => Day(date, longDate: true);

    /// <summary>A bill's status in the reader's language.</summary>
    public string BillStatusText(Contracts.BillStatus status) => status switch
    {
        Contracts.BillStatus.Paid => T("ชำระแล้ว", "Paid"),
        Contracts.BillStatus.PartiallyPaid => T("ชำระบางส่วน", "Partly paid"),
        Contracts.BillStatus.Cancelled => T("ยกเลิก", "Cancelled"),
        _ => T("รอชำระ", "To pay"),
    };

    /// <summary>How money came in, in the reader's language.</summary>
    public string ChannelText(Contracts.PaymentChannel channel) => channel switch
    {
        Contracts.PaymentChannel.Cash => T("เงินสด", "Cash"),
        Contracts.PaymentChannel.Transfer => T("โอนเงิน", "Transfer"),
        Contracts.PaymentChannel.Cheque => T("เช็ค", "Cheque"),
        _ => T("พร้อมเพย์", "PromptPay"),
    };
}
