using System.Diagnostics.CodeAnalysis;

namespace LocalGov.Thai;

/// <summary>
/// Thai QR payment payloads (PromptPay, Bank of Thailand standard on EMVCo MPM): the text a QR code encodes.
/// Fields are written in the order 00, 01, 29/30, 58, 53, 54, 63 and end with a CRC-16/CCITT-FALSE over the
/// whole string. Sources: maythiwat/promptparse; thai-qr-payment.js.org/reference/spec (see DOMAIN.md).
/// </summary>
/// <remarks>
/// A QR without an amount is static (tag 01 = 11) and the payer types the amount; with an amount it is dynamic
/// (tag 01 = 12). Builders throw <see cref="ArgumentException"/> (or a subclass) with a message naming what to fix.
/// </remarks>
public static class ThaiQr
{
    /// <summary>The ISO 4217 numeric code of the baht, carried in tag 53.</summary>
    public const string BahtCurrencyCode = "764";

    /// <summary>The ISO 3166 country code carried in tag 58.</summary>
    public const string ThailandCountryCode = "TH";

    /// <summary>The application ID of PromptPay credit transfer (tag 29, sub-tag 00).</summary>
    public const string CreditTransferAid = "A000000677010111";

    /// <summary>The application ID of PromptPay bill payment (tag 30, sub-tag 00).</summary>
    public const string BillPaymentAid = "A000000677010112";

    /// <summary>
    /// A PromptPay credit-transfer payload to a mobile number, a national or tax ID, or an e-wallet, told apart
    /// by length once dashes and spaces are dropped: 10 digits starting with 0 (or <c>+66</c> and 9 digits) is a
    /// mobile number, 13 a national/tax ID, 15 an e-wallet ID. A 13-digit ID is not check-digit validated, since
    /// PromptPay accepts IDs as registered; use <see cref="ThaiNationalId.Check"/> first if you want that.
    /// </summary>
    /// <param name="target">The payee, e.g. <c>081-234-5678</c> or <c>0141234567890</c>.</param>
    /// <param name="amount">The amount in baht, more than 0 with at most 2 decimals; null for a static QR.</param>
    /// <returns>The payload, e.g. <c>00020101021129370016A000000677010111011300668123456785802TH530376463045D82</c>.</returns>
    /// <exception cref="ArgumentException">The target is not one of the three forms, or the amount is zero,
    /// negative, finer than a satang, or over 9,999,999,999.99.</exception>
    public static string CreditTransfer(string target, decimal? amount = null)
    {
        Span<char> account = stackalloc char[15];
        (string subTag, int accountLength) = ThaiQrInput.Target(target, account, nameof(target));
        Span<char> amountText = stackalloc char[16];
        int amountLength = ThaiQrInput.Amount(amount, amountText, nameof(amount));

        Span<char> template = stackalloc char[64];
        var merchant = new TlvWriter(template);
        merchant.Write("00", CreditTransferAid);
        merchant.Write(subTag, account[..accountLength]);
        return Finish("29", merchant.Written, amountText[..amountLength]);
    }

    /// <summary>
    /// A PromptPay bill-payment payload. References may hold only the letters A–Z and the digits 0–9, at most
    /// 20 characters (the limit is unconfirmed, see DOMAIN.md): bank apps reject other characters, so they are
    /// refused here rather than garbled at the counter. Lower-case letters are upper-cased.
    /// </summary>
    /// <param name="billerId">The biller ID: the biller's tax ID and a 2-digit suffix, at most 15 digits; dashes and spaces are dropped.</param>
    /// <param name="ref1">Reference 1, required: identifies the bill or the payer.</param>
    /// <param name="ref2">Reference 2, optional; null or empty leaves it out.</param>
    /// <param name="amount">The amount in baht, more than 0 with at most 2 decimals; null for a static QR.</param>
    /// <returns>The payload text to encode in a QR code.</returns>
    /// <exception cref="ArgumentException">The biller ID is empty, not digits or too long; a reference is
    /// missing, too long or has a character outside A–Z and 0–9; or the amount is invalid.</exception>
    public static string BillPayment(string billerId, string ref1, string? ref2 = null, decimal? amount = null)
    {
        ArgumentNullException.ThrowIfNull(ref1);
        Span<char> biller = stackalloc char[ThaiQrInput.MaxBillerIdLength];
        int billerLength = ThaiQrInput.BillerId(billerId, biller, nameof(billerId));
        Span<char> reference1 = stackalloc char[ThaiQrInput.MaxReferenceLength];
        int ref1Length = ThaiQrInput.Reference(ref1, reference1, nameof(ref1));
        Span<char> reference2 = stackalloc char[ThaiQrInput.MaxReferenceLength];
        int ref2Length = string.IsNullOrEmpty(ref2) ? 0 : ThaiQrInput.Reference(ref2, reference2, nameof(ref2));
        Span<char> amountText = stackalloc char[16];
        int amountLength = ThaiQrInput.Amount(amount, amountText, nameof(amount));

        Span<char> template = stackalloc char[96];
        var merchant = new TlvWriter(template);
        merchant.Write("00", BillPaymentAid);
        merchant.Write("01", biller[..billerLength]);
        merchant.Write("02", reference1[..ref1Length]);
        if (ref2Length > 0)
        {
            merchant.Write("03", reference2[..ref2Length]);
        }

        return Finish("30", merchant.Written, amountText[..amountLength]);
    }

    /// <summary>
    /// Reads a Thai QR payment payload field by field (TLV, so the order of fields does not matter) after
    /// verifying its CRC. Leading and trailing white space is ignored.
    /// </summary>
    /// <param name="payload">The text scanned from a QR code.</param>
    /// <returns>The payment's fields.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="payload"/> is null.</exception>
    /// <exception cref="FormatException">The CRC does not match, the TLV structure is broken, or the payload is
    /// not a PromptPay credit transfer or bill payment; the message says where.</exception>
    public static ThaiQrPayload Parse(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return ThaiQrParser.Parse(payload, out string? error) ?? throw new FormatException(error);
    }

    /// <summary>Like <see cref="Parse"/>, but returns false instead of throwing when the payload is invalid.</summary>
    /// <param name="payload">The text scanned from a QR code.</param>
    /// <param name="result">The payment's fields, or null.</param>
    public static bool TryParse(string? payload, [NotNullWhen(true)] out ThaiQrPayload? result)
    {
        result = payload is null ? null : ThaiQrParser.Parse(payload, out _);
        return result is not null;
    }

    private static string Finish(string templateTag, ReadOnlySpan<char> template, ReadOnlySpan<char> amount)
    {
        Span<char> buffer = stackalloc char[256];
        var payload = new TlvWriter(buffer);
        payload.Write("00", "01");
        payload.Write("01", amount.IsEmpty ? "11" : "12");
        payload.Write(templateTag, template);
        payload.Write("58", ThailandCountryCode);
        payload.Write("53", BahtCurrencyCode);
        if (!amount.IsEmpty)
        {
            payload.Write("54", amount);
        }

        payload.WriteRaw("6304");
        payload.WriteHex(Crc16CcittFalse.Compute(payload.Written));
        return new string(payload.Written);
    }
}
