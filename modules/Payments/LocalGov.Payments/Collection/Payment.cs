using LocalGov.Payments.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Payments.Collection;

/// <summary>Money received against a bill, with its receipt number and how it was split (principal, surcharge, interest).</summary>
public sealed class Payment : Entity, IMultiTenant, IHasConcurrencyStamp
{
    private Payment() { } // EF Core

    internal Payment(Guid billId, string receiptNumber, AmountDueView split, PaymentChannel channel, DateTime paidAt, DateOnly paidOn,
        string? recordedBy, string? bankReference)
    {
        BillId = billId;
        ReceiptNumber = receiptNumber;
        Principal = split.Principal;
        Surcharge = split.Surcharge;
        Interest = split.Interest;
        Amount = split.Total;
        Channel = channel;
        PaidAt = paidAt;
        PaidOn = paidOn;
        RecordedBy = recordedBy;
        BankReference = bankReference;
    }

    public Guid TenantId { get; private set; }
    public Guid BillId { get; private set; }
    /// <summary>Per LAO and fiscal year, never reused: RCP-2570-000001.</summary>
    public string ReceiptNumber { get; private set; } = "";
    public decimal Amount { get; private set; }
    public decimal Principal { get; private set; }
    public decimal Surcharge { get; private set; }
    public decimal Interest { get; private set; }
    public PaymentChannel Channel { get; private set; }
    public DateTime PaidAt { get; private set; }
    /// <summary>The Bangkok calendar date of the payment: the date penalties were counted to.</summary>
    public DateOnly PaidOn { get; private set; }
    public string? RecordedBy { get; private set; }
    public string? BankReference { get; private set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
    public bool Voided { get; private set; }
    public string? VoidReason { get; private set; }
    public string? VoidedBy { get; private set; }
    public DateTime? VoidedAt { get; private set; }

    internal void Void(string reason, string? by, DateTime at)
    {
        if (Voided)
        {
            throw new Platform.Web.BusinessRuleException(new Platform.Localization.LocalizedText(
                "ใบเสร็จนี้ถูกยกเลิกไปแล้ว", "This receipt is already voided."), "receipt", 409);
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new Platform.Web.BusinessRuleException(new Platform.Localization.LocalizedText(
                "ระบุเหตุผลที่ยกเลิกใบเสร็จ", "Give the reason for voiding the receipt."), "reason");
        }
        Voided = true;
        VoidReason = reason.Trim();
        VoidedBy = by;
        VoidedAt = at;
    }
}
