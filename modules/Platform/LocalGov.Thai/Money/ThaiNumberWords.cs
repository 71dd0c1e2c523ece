namespace LocalGov.Thai;

/// <summary>Reads whole numbers in Thai words into a caller's buffer; the engine behind <see cref="ThaiBahtText"/>.</summary>
internal static class ThaiNumberWords
{
    private static readonly string[] Digits = ["", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"];

    // Index = power of ten within a six-digit ล้าน group.
    private static readonly string[] Places = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"];

    /// <summary>
    /// Appends the reading of a non-negative whole number given as ASCII digits without leading zeros.
    /// A 1 in the units place of any six-digit group reads เอ็ด when a higher digit of the whole number is
    /// non-zero; ล้าน closes every group above the lowest, even an all-zero one (10¹² = หนึ่งล้านล้าน).
    /// </summary>
    internal static void AppendDigits(Span<char> text, ref int length, ReadOnlySpan<char> digits)
    {
        for (int i = 0; i < digits.Length; i++)
        {
            int digit = digits[i] - '0';
            int power = digits.Length - 1 - i;
            int place = power % 6;
            if (digit != 0)
            {
                // digits[0] is non-zero, so i > 0 means a higher non-zero digit exists.
                AppendDigit(text, ref length, digit, place, higherDigitIsNonZero: i > 0);
            }

            if (place == 0 && power > 0)
            {
                Append(text, ref length, "ล้าน");
            }
        }
    }

    /// <summary>Appends the reading of 1–99, as satang are read.</summary>
    internal static void AppendBelowHundred(Span<char> text, ref int length, int value)
    {
        int tens = value / 10;
        int units = value % 10;
        if (tens != 0)
        {
            AppendDigit(text, ref length, tens, place: 1, higherDigitIsNonZero: false);
        }

        if (units != 0)
        {
            AppendDigit(text, ref length, units, place: 0, higherDigitIsNonZero: tens != 0);
        }
    }

    private static void AppendDigit(Span<char> text, ref int length, int digit, int place, bool higherDigitIsNonZero)
    {
        if (place == 1)
        {
            // 10 สิบ, 20 ยี่สิบ, 30 สามสิบ.
            Append(text, ref length, digit switch { 1 => "", 2 => "ยี่", _ => Digits[digit] });
        }
        else if (place == 0 && digit == 1 && higherDigitIsNonZero)
        {
            Append(text, ref length, "เอ็ด");
            return;
        }
        else
        {
            Append(text, ref length, Digits[digit]);
        }

        Append(text, ref length, Places[place]);
    }

    private static void Append(Span<char> text, ref int length, string word)
    {
        word.CopyTo(text[length..]);
        length += word.Length;
    }
}
