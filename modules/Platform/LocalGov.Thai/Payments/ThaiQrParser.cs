using System.Globalization;

namespace LocalGov.Thai;

/// <summary>The engine behind <see cref="ThaiQr.Parse"/>: CRC first, then TLV, then the PromptPay templates.</summary>
internal static class ThaiQrParser
{
    private const int CrcFieldLength = 8; // "6304" + 4 hex digits

    /// <summary>The payload's fields, or null with <paramref name="error"/> saying what is wrong.</summary>
    internal static ThaiQrPayload? Parse(string payload, out string? error)
    {
        ReadOnlySpan<char> text = payload.AsSpan().Trim();
        int offset = payload.Length - payload.AsSpan().TrimStart().Length;
        if (text.IsEmpty)
        {
            error = "The payload is empty.";
            return null;
        }

        if (text.Length < CrcFieldLength || !text[^CrcFieldLength..^4].SequenceEqual("6304"))
        {
            error = "The payload does not end with a CRC field (6304 and 4 hex digits); it is not a Thai QR payment or was cut short.";
            return null;
        }

        ReadOnlySpan<char> given = text[^4..];
        ushort computed = Crc16CcittFalse.Compute(text[..^4]);
        if (!ushort.TryParse(given, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort carried) || carried != computed)
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"CRC mismatch: the payload carries {given} but its content computes to {computed:X4}; it was altered or misread.");
            return null;
        }

        List<TlvField>? fields = TlvReader.Read(text, offset, out error);
        if (fields is null)
        {
            return null;
        }

        // The last 8 characters looked like a CRC field, but they may sit inside another field's value.
        if (fields[^1] is not { Tag: "63", Value.Length: 4 })
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"The last field is tag {fields[^1].Tag} at position {fields[^1].Position}, not the CRC field (tag 63, 4 hex digits); the payload is malformed.");
            return null;
        }

        string? version = Find(fields, "00");
        if (version != "01")
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The payload format indicator (tag 00) must be 01, not '{version}'.");
            return null;
        }

        decimal? amount = null;
        if (Find(fields, "54") is { } amountText)
        {
            if (!decimal.TryParse(amountText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value) || value <= 0m)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"The amount (tag 54) '{amountText}' is not a positive number.");
                return null;
            }

            amount = value;
        }

        var common = new ThaiQrPayload
        {
            Kind = ThaiQrKind.CreditTransfer,
            IsDynamic = Find(fields, "01") == "12",
            Amount = amount,
            CurrencyCode = Find(fields, "53") ?? ThaiQr.BahtCurrencyCode,
            CountryCode = Find(fields, "58") ?? ThaiQr.ThailandCountryCode,
        };

        foreach (TlvField field in fields)
        {
            if (field.Tag is "29" or "30")
            {
                List<TlvField>? template = TlvReader.Read(field.Value, field.Position + 3, out error);
                if (template is null)
                {
                    return null;
                }

                if (field.Tag == "29" && Find(template, "00") == ThaiQr.CreditTransferAid)
                {
                    return CreditTransfer(common, template, out error);
                }

                if (field.Tag == "30" && Find(template, "00") == ThaiQr.BillPaymentAid)
                {
                    return BillPayment(common, template, fields, out error);
                }
            }
        }

        error = "No PromptPay account found: expected tag 29 with application ID A000000677010111 (credit transfer) "
            + "or tag 30 with A000000677010112 (bill payment).";
        return null;
    }

    private static ThaiQrPayload? CreditTransfer(ThaiQrPayload common, List<TlvField> template, out string? error)
    {
        foreach (TlvField sub in template)
        {
            ThaiQrTargetType? type = sub.Tag switch
            {
                "01" => ThaiQrTargetType.Mobile,
                "02" => ThaiQrTargetType.NationalId,
                "03" => ThaiQrTargetType.EWallet,
                "04" => ThaiQrTargetType.BankAccount,
                _ => null,
            };
            if (type is { } targetType && sub.Value.Length > 0)
            {
                error = null;
                return common with { Kind = ThaiQrKind.CreditTransfer, TargetType = targetType, Target = Domestic(targetType, sub.Value) };
            }
        }

        error = "The credit transfer (tag 29) names no account: expected sub-tag 01 (mobile), 02 (national/tax ID), 03 (e-wallet) or 04 (bank account).";
        return null;
    }

    private static ThaiQrPayload? BillPayment(ThaiQrPayload common, List<TlvField> template, List<TlvField> fields, out string? error)
    {
        string? billerId = Find(template, "01");
        string? ref1 = Find(template, "02");
        if (string.IsNullOrEmpty(billerId) || string.IsNullOrEmpty(ref1))
        {
            error = "The bill payment (tag 30) lacks its biller ID (sub-tag 01) or reference 1 (sub-tag 02).";
            return null;
        }

        string? ref3 = null;
        if (Find(fields, "62") is { } additional)
        {
            ref3 = TlvReader.Read(additional, 0, out _) is { } additionalFields ? Find(additionalFields, "07") : null;
        }

        error = null;
        return common with
        {
            Kind = ThaiQrKind.BillPayment,
            BillerId = billerId,
            Ref1 = ref1,
            Ref2 = Find(template, "03"),
            Ref3 = ref3,
        };
    }

    // 0066812345678 → 0812345678: the domestic form people type and read.
    private static string Domestic(ThaiQrTargetType type, string value) =>
        type == ThaiQrTargetType.Mobile && value.Length == 13 && value.StartsWith("0066", StringComparison.Ordinal)
            ? string.Concat("0", value.AsSpan(4))
            : value;

    private static string? Find(List<TlvField> fields, string tag)
    {
        foreach (TlvField field in fields)
        {
            if (field.Tag == tag)
            {
                return field.Value;
            }
        }

        return null;
    }
}
