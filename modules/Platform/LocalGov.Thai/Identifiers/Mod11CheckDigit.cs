namespace LocalGov.Thai;

/// <summary>
/// The weighted mod-11 check digit shared by the 13-digit national/tax ID and the 11-digit house code: weights
/// n, n−1, …, 2 over the first n−1 digits, check = (11 − s mod 11) mod 10. Sources: DOPA scheme as documented by
/// ninyawee.github.io/konjingjing/algorithm; NECTEC thai-widget <c>HouseId.java</c>.
/// </summary>
/// <remarks>
/// The scheme cannot catch every single-digit typo: a digit with weight 11 (the third of a 13-digit ID, the
/// first of an 11-digit house code) changes s by a multiple of 11, and residues 0 and 10 both give check digit 1.
/// </remarks>
internal static class Mod11CheckDigit
{
    /// <summary>Scans <paramref name="input"/> once, skipping dashes and spaces, without allocating.</summary>
    internal static ThaiIdCheckResult Scan(ReadOnlySpan<char> input, int length, string kind)
    {
        int count = 0;
        int sum = 0;
        int actual = -1;
        for (int i = 0; i < input.Length; i++)
        {
            char c = input[i];
            uint digit = (uint)(c - '0');
            if (digit <= 9)
            {
                if (count < length - 1)
                {
                    sum += (int)digit * (length - count);
                }
                else if (count == length - 1)
                {
                    actual = (int)digit;
                }

                count++;
            }
            else if (c is not ('-' or ' '))
            {
                // An emoji or other character outside the BMP is two chars; keep the whole of it for the message.
                int codePoint = char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1])
                    ? char.ConvertToUtf32(c, input[i + 1])
                    : c;
                return new ThaiIdCheckResult(kind, length, ThaiIdProblem.NonDigit, count, i + 1, c, codePoint: codePoint);
            }
        }

        if (count == 0)
        {
            return new ThaiIdCheckResult(kind, length, ThaiIdProblem.Empty, 0);
        }

        if (count != length)
        {
            return new ThaiIdCheckResult(kind, length, ThaiIdProblem.WrongLength, count);
        }

        int expected = FromSum(sum);
        return expected == actual
            ? new ThaiIdCheckResult(kind, length, ThaiIdProblem.None, count)
            : new ThaiIdCheckResult(kind, length, ThaiIdProblem.WrongCheckDigit, count, expectedCheckDigit: expected, actualCheckDigit: actual);
    }

    /// <summary>The check digit for the given leading digits (all but the last), which must be ASCII digits.</summary>
    internal static int Compute(ReadOnlySpan<char> leadingDigits, string parameterName)
    {
        int length = leadingDigits.Length + 1;
        int sum = 0;
        for (int i = 0; i < leadingDigits.Length; i++)
        {
            uint digit = (uint)(leadingDigits[i] - '0');
            if (digit > 9)
            {
                throw new ArgumentException(
                    $"'{leadingDigits[i]}' at position {i + 1} is not a digit; pass the leading digits only.", parameterName);
            }

            sum += (int)digit * (length - i);
        }

        return FromSum(sum);
    }

    /// <summary>Returns the identifier's bare digits, or throws <see cref="ArgumentException"/> with the reason.</summary>
    internal static string Normalize(string? input, int length, string kind, string parameterName)
    {
        ThaiIdCheckResult check = Scan(input, length, kind);
        if (!check.IsValid)
        {
            if (input is null)
            {
                throw new ArgumentNullException(parameterName, check.Message);
            }

            throw new ArgumentException(check.Message, parameterName);
        }

        Span<char> digits = stackalloc char[length];
        CopyDigits(input, digits);
        return new string(digits);
    }

    /// <summary>Copies the digits of an already validated identifier into <paramref name="destination"/>.</summary>
    internal static void CopyDigits(ReadOnlySpan<char> input, Span<char> destination)
    {
        int count = 0;
        foreach (char c in input)
        {
            if (char.IsAsciiDigit(c))
            {
                destination[count++] = c;
            }
        }
    }

    /// <summary>Fills <paramref name="digits"/>[1..^1] with random digits and sets the check digit; digits[0] is the caller's.</summary>
    internal static string Generate(Random random, char firstDigit, Span<char> digits)
    {
        ArgumentNullException.ThrowIfNull(random);
        digits[0] = firstDigit;
        for (int i = 1; i < digits.Length - 1; i++)
        {
            digits[i] = (char)('0' + random.Next(10));
        }

        digits[^1] = (char)('0' + Compute(digits[..^1], nameof(digits)));
        return new string(digits);
    }

    private static int FromSum(int sum) => (11 - (sum % 11)) % 10;
}
