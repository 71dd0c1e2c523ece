namespace LocalGov.Payments.Contracts;

public enum PaymentChannel
{
    Cash = 1,
    Transfer = 2,
    Cheque = 3,
    /// <summary>Thai QR bill payment, matched from a bank file or notification.</summary>
    PromptPay = 4,
}
