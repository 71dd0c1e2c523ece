namespace LocalGov.Thai;

/// <summary>What a Thai QR payment payload pays.</summary>
public enum ThaiQrKind
{
    /// <summary>A PromptPay credit transfer to a mobile number, national/tax ID, e-wallet or bank account (tag 29).</summary>
    CreditTransfer,

    /// <summary>A bill payment to a registered biller with payment references (tag 30).</summary>
    BillPayment,
}
