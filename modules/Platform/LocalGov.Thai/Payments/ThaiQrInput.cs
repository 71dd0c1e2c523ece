using System.Globalization;

namespace LocalGov.Thai;

/// <summary>Validates and normalizes what callers pass to <see cref="ThaiQr"/>'s builders; throws <see cref="ArgumentException"/> with the reason.</summary>
internal static class ThaiQrInput
{
    internal const int MaxReferenceLength = 20;
    internal const int MaxBillerIdLength = 15;

    /// <summary>The largest amount the 13-character amount field (tag 54) can hold with 2 decimals.</summary>
    internal const decimal MaxAmount = 9_999_999_999.99m;

    /// <summary>Writes the target's digits into <paramref name="account"/> (15 chars) and returns its sub-tag and length.</summary>
    internal static (string SubTag, int Length) Target(string target, Span<char> account, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(target, parameterName);
        ReadOnlySpan<char> text = target.AsSpan().Trim();
        bool international = text.StartsWith('+');
        if (international)
        {
            text = text[1..];
        }

        Span<char> digits = stackalloc char[16];
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '-' or ' ')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                throw new ArgumentException(
                    $"'{c}' is not a digit. A PromptPay target is a 10-digit mobile number, a 13-digit national or tax ID, or a 15-digit e-wallet ID.",
                    parameterName);
            }

            if (count == digits.Length)
            {
                throw TargetLength(text, parameterName);
            }

            digits[count++] = c;
        }

        ReadOnlySpan<char> value = digits[..count];
        if (international)
        {
            // +66 8x-xxx-xxxx: Thai country code followed by the 9 digits after the domestic leading 0.
            if (count != 11 || !value.StartsWith("66"))
            {
                throw new ArgumentException(
                    $"'{target}' is not a Thai mobile number: write +66 and 9 digits, or the 10-digit domestic number.", parameterName);
            }

            "0066".CopyTo(account);
            value[2..].CopyTo(account[4..]);
            return ("01", 13);
        }

        switch (count)
        {
            case 0:
                throw new ArgumentException(
                    "The target is empty: give a 10-digit mobile number, a 13-digit national or tax ID, or a 15-digit e-wallet ID.",
                    parameterName);
            case 10 when value[0] != '0':
                throw new ArgumentException(
                    $"'{target}' has 10 digits but does not start with 0, so it is not a Thai mobile number.", parameterName);
            case 10:
                "0066".CopyTo(account);
                value[1..].CopyTo(account[4..]);
                return ("01", 13);
            case 13:
                value.CopyTo(account);
                return ("02", 13);
            case 15:
                value.CopyTo(account);
                return ("03", 15);
            default:
                throw TargetLength(text, parameterName);
        }
    }

    /// <summary>Writes the amount as tag 54 carries it ("100.00") and returns its length; 0 when there is no amount.</summary>
    internal static int Amount(decimal? amount, Span<char> destination, string parameterName)
    {
        if (amount is not { } value)
        {
            return 0;
        }

        // ActualValue is the amount as invariant text, so the exception's message reads the same in every culture.
        if (value <= 0m)
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                value.ToString(CultureInfo.InvariantCulture),
                "The amount must be more than zero; pass null for a QR in which the payer types the amount.");
        }

        if (value > MaxAmount)
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                value.ToString(CultureInfo.InvariantCulture),
                $"The amount is over {MaxAmount.ToString("N2", CultureInfo.InvariantCulture)} baht, the most the 13-character amount field holds.");
        }

        if (decimal.Round(value, 2) != value)
        {
            throw new ArgumentException(
                $"The amount {value.ToString(CultureInfo.InvariantCulture)} has fractions of a satang; round it to 2 decimals first.", parameterName);
        }

        value.TryFormat(destination, out int written, "F2", CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>Writes the biller ID's digits (dashes and spaces dropped) and returns their count.</summary>
    internal static int BillerId(string billerId, Span<char> destination, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(billerId, parameterName);
        int count = 0;
        foreach (char c in billerId)
        {
            if (c is '-' or ' ')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                throw new ArgumentException(
                    $"'{c}' is not a digit; a biller ID is digits only (the biller's tax ID and a 2-digit suffix).", parameterName);
            }

            if (count == MaxBillerIdLength)
            {
                throw new ArgumentException(
                    $"The biller ID '{billerId}' is longer than {MaxBillerIdLength} digits (tax ID + 2-digit suffix).", parameterName);
            }

            destination[count++] = c;
        }

        if (count == 0)
        {
            throw new ArgumentException("The biller ID is empty.", parameterName);
        }

        return count;
    }

    /// <summary>
    /// Writes a bill-payment reference in upper case and returns its length. Only A–Z and 0–9 are allowed: bank
    /// apps accept references in that set, and lower-case letters are upper-cased rather than rejected.
    /// </summary>
    internal static int Reference(string reference, Span<char> destination, string parameterName)
    {
        if (reference.Length == 0)
        {
            throw new ArgumentException("The reference is empty.", parameterName);
        }

        if (reference.Length > MaxReferenceLength)
        {
            throw new ArgumentException(
                $"The reference '{reference}' has {reference.Length} characters; the most is {MaxReferenceLength}.", parameterName);
        }

        for (int i = 0; i < reference.Length; i++)
        {
            char c = reference[i] is >= 'a' and <= 'z' ? (char)(reference[i] - ('a' - 'A')) : reference[i];
            if (!char.IsAsciiDigit(c) && c is not (>= 'A' and <= 'Z'))
            {
                throw new ArgumentException(
                    $"'{reference[i]}' at position {i + 1} of reference '{reference}' is not allowed; use only the letters A-Z and the digits 0-9.",
                    parameterName);
            }

            destination[i] = c;
        }

        return reference.Length;
    }

    private static ArgumentException TargetLength(ReadOnlySpan<char> text, string parameterName) => new(
        $"'{text}' is not a PromptPay target: give a 10-digit mobile number, a 13-digit national or tax ID, or a 15-digit e-wallet ID.",
        parameterName);
}
