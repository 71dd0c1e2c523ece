namespace LocalGov.Thai;

/// <summary>The kind of PromptPay account a credit transfer goes to: the sub-tag of tag 29.</summary>
public enum ThaiQrTargetType
{
    /// <summary>Sub-tag 01: a mobile number, carried as <c>0066</c> + the number without its leading 0.</summary>
    Mobile,

    /// <summary>Sub-tag 02: a 13-digit national ID or juristic-person tax ID.</summary>
    NationalId,

    /// <summary>Sub-tag 03: a 15-digit e-wallet ID.</summary>
    EWallet,

    /// <summary>Sub-tag 04: a bank account. Read by <see cref="ThaiQr.Parse"/>; not built by this library.</summary>
    BankAccount,
}
