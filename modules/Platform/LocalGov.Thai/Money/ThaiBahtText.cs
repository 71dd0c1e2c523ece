using System.Globalization;

namespace LocalGov.Thai;

/// <summary>
/// Writes an amount of money in Thai words, as receipts and cheques print it (e.g. 10,050 →
/// หนึ่งหมื่นห้าสิบบาทถ้วน; 21.50 → ยี่สิบเอ็ดบาทห้าสิบสตางค์). Where Excel's <c>BAHTTEXT</c> and the widely
/// used libraries (PyThaiNLP <c>bahttext</c>, npm <c>thai-baht-text</c> and others) disagree, it follows the
/// majority; the cases and sources are listed in the project README.
/// </summary>
public static class ThaiBahtText
{
    // A digit reads in at most 10 characters (หนึ่งหมื่น), ล้าน adds under one per digit; ลบ, บาท and the
    // satang with สตางค์ or ถ้วน take at most 31 more.
    private const int CharactersPerDigit = 11;
    private const int FixedCharacters = 32;

    /// <summary>The amount in figures, grouped, with satang: "1,234.50" (the same in Thai and English).</summary>
    public static string ToFigures(decimal amount) => amount.ToString("N2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The amount in Thai words. Rules:
    /// <list type="bullet">
    /// <item>The amount is first rounded to whole satang (2 decimals), midpoint away from zero as Excel's
    /// <c>ROUND</c> does: 0.125 → สิบสามสตางค์, 0.995 → หนึ่งบาทถ้วน.</item>
    /// <item>Whole baht end in ถ้วน; zero is ศูนย์บาทถ้วน; under one baht only satang are written (0.50 → ห้าสิบสตางค์).</item>
    /// <item>A 1 in the units place reads เอ็ด whenever a higher digit is non-zero (11 สิบเอ็ด, 101 หนึ่งร้อยเอ็ด,
    /// 1,000,001 หนึ่งล้านเอ็ด), including the units place of the millions (1,001,000,000 หนึ่งพันเอ็ดล้าน);
    /// alone it is หนึ่ง. Satang are read as their own number: 21.01 → ยี่สิบเอ็ดบาทหนึ่งสตางค์.</item>
    /// <item>2 in the tens place reads ยี่ and 1 in the tens place is just สิบ.</item>
    /// <item>ล้าน repeats for every further six digits: 10¹² → หนึ่งล้านล้าน; any <see cref="decimal"/> works.</item>
    /// <item>Negative amounts start with ลบ; an amount that rounds to zero is ศูนย์บาทถ้วน without ลบ.</item>
    /// </list>
    /// </summary>
    /// <param name="amount">The amount in baht.</param>
    public static string ToText(decimal amount)
    {
        decimal rounded = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0m)
        {
            return "ศูนย์บาทถ้วน";
        }

        // "F2" of |rounded| gives the integer digits, '.', and exactly two satang digits; at most 29 + 3 characters.
        Span<char> number = stackalloc char[40];
        decimal magnitude = Math.Abs(rounded);
        magnitude.TryFormat(number, out int numberLength, "F2", CultureInfo.InvariantCulture);
        ReadOnlySpan<char> baht = number[..(numberLength - 3)];
        int satang = ((number[numberLength - 2] - '0') * 10) + (number[numberLength - 1] - '0');

        Span<char> text = stackalloc char[(baht.Length * CharactersPerDigit) + FixedCharacters];
        int length = 0;
        if (rounded < 0m)
        {
            Append(text, ref length, "ลบ");
        }

        bool hasBaht = baht is not ['0'];
        if (hasBaht)
        {
            ThaiNumberWords.AppendDigits(text, ref length, baht);
            Append(text, ref length, "บาท");
        }

        if (satang == 0)
        {
            Append(text, ref length, "ถ้วน");
        }
        else
        {
            ThaiNumberWords.AppendBelowHundred(text, ref length, satang);
            Append(text, ref length, "สตางค์");
        }

        return new string(text[..length]);
    }

    private static void Append(Span<char> text, ref int length, string word)
    {
        word.CopyTo(text[length..]);
        length += word.Length;
    }
}
