namespace LocalGov.Thai;

/// <summary>
/// The fields of a Thai QR payment payload, as read by <see cref="ThaiQr.Parse"/>. A credit transfer has
/// <see cref="TargetType"/> and <see cref="Target"/>; a bill payment has <see cref="BillerId"/>,
/// <see cref="Ref1"/> and optionally <see cref="Ref2"/> and <see cref="Ref3"/>.
/// </summary>
public sealed record ThaiQrPayload
{
    /// <summary>Credit transfer (tag 29) or bill payment (tag 30).</summary>
    public required ThaiQrKind Kind { get; init; }

    /// <summary>True for a dynamic (one-time, tag 01 = 12) QR, false for a static (reusable, tag 01 = 11) one.</summary>
    public bool IsDynamic { get; init; }

    /// <summary>The amount in baht (tag 54), or null when the payer types it.</summary>
    public decimal? Amount { get; init; }

    /// <summary>For a credit transfer: the kind of account; null for a bill payment.</summary>
    public ThaiQrTargetType? TargetType { get; init; }

    /// <summary>
    /// For a credit transfer: the account. A mobile number is given back in its domestic 10-digit form
    /// (<c>0812345678</c>); other targets as carried. Null for a bill payment.
    /// </summary>
    public string? Target { get; init; }

    /// <summary>For a bill payment: the biller ID (tax ID + 2-digit suffix); null for a credit transfer.</summary>
    public string? BillerId { get; init; }

    /// <summary>For a bill payment: reference 1, which identifies the bill or the payer; null for a credit transfer.</summary>
    public string? Ref1 { get; init; }

    /// <summary>For a bill payment: reference 2, if any.</summary>
    public string? Ref2 { get; init; }

    /// <summary>For a bill payment: reference 3 (tag 62, sub-tag 07), if another generator added one; this library does not write it.</summary>
    public string? Ref3 { get; init; }

    /// <summary>The ISO 4217 numeric currency code (tag 53); "764" is the baht.</summary>
    public string CurrencyCode { get; init; } = ThaiQr.BahtCurrencyCode;

    /// <summary>The ISO 3166 country code (tag 58); "TH" for Thailand.</summary>
    public string CountryCode { get; init; } = ThaiQr.ThailandCountryCode;
}
