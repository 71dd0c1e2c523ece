namespace LocalGov.Thai;

/// <summary>
/// The 13-digit Thai national ID (เลขประจำตัวประชาชน), shown <c>X-XXXX-XXXXX-XX-X</c>. The last digit is a
/// check digit: s = Σ d[i]·(13 − i) for i = 0..11, check = (11 − s mod 11) mod 10 (DOPA; see DOMAIN.md).
/// Every method accepts the digits with or without dashes and spaces anywhere.
/// </summary>
/// <remarks>
/// The check digit catches most typos but not all: a change to the third digit (weight 11) is never detected,
/// and two sums whose residues mod 11 are 0 and 10 share check digit 1. Juristic-person tax IDs use the same
/// scheme; see <see cref="ThaiTaxId"/>.
/// </remarks>
public static class ThaiNationalId
{
    /// <summary>The number of digits in a national ID.</summary>
    public const int Length = 13;

    private const string Kind = "national ID";

    /// <summary>True if <paramref name="id"/> has 13 digits (dashes and spaces ignored) with a correct check digit. Allocates nothing.</summary>
    /// <param name="id">The ID as typed, e.g. <c>1112034563562</c> or <c>1-1120-34563-56-2</c>.</param>
    public static bool IsValid(string? id) => Mod11CheckDigit.Scan(id, Length, Kind).IsValid;

    /// <summary>Checks <paramref name="id"/> and says why it is invalid: empty, a non-digit, the wrong length, or a wrong check digit.</summary>
    /// <param name="id">The ID as typed.</param>
    public static ThaiIdCheckResult Check(string? id) => Mod11CheckDigit.Scan(id, Length, Kind);

    /// <summary>The 13 bare digits of a valid ID, for storage and comparison.</summary>
    /// <param name="id">The ID as typed.</param>
    /// <exception cref="ArgumentException">The ID is invalid; the message says why.</exception>
    public static string Normalize(string id) => Mod11CheckDigit.Normalize(id, Length, Kind, nameof(id));

    /// <summary>Formats a valid ID as <c>X-XXXX-XXXXX-XX-X</c>, e.g. <c>1-1120-34563-56-2</c>.</summary>
    /// <param name="id">The ID as typed.</param>
    /// <exception cref="ArgumentException">The ID is invalid; the message says why.</exception>
    public static string Format(string id) => Group(id, nameof(id), mask: false);

    /// <summary>
    /// Formats a valid ID with the personal digits hidden, keeping the category, the registrar office and the
    /// check digit: <c>1112034563562</c> → <c>1-1120-xxxxx-xx-2</c>. For screens and logs (PDPA data minimisation).
    /// </summary>
    /// <param name="id">The ID as typed.</param>
    /// <exception cref="ArgumentException">The ID is invalid; the message says why.</exception>
    public static string Mask(string id) => Group(id, nameof(id), mask: true);

    /// <summary>The person category given by the first digit of a valid ID.</summary>
    /// <param name="id">The ID as typed.</param>
    /// <exception cref="ArgumentException">The ID is invalid; the message says why.</exception>
    public static ThaiIdCategory GetCategory(string id)
    {
        Span<char> digits = stackalloc char[Length];
        CopyValidDigits(id, digits, nameof(id));
        return (ThaiIdCategory)(digits[0] - '0');
    }

    /// <summary>
    /// The 4-digit registrar office code in digits 2–5 of a valid ID (digits 2–3: province, 4–5: district), as
    /// assigned when the ID was issued; it does not follow later moves.
    /// </summary>
    /// <param name="id">The ID as typed.</param>
    /// <exception cref="ArgumentException">The ID is invalid; the message says why.</exception>
    public static string GetRegistrarOfficeCode(string id)
    {
        Span<char> digits = stackalloc char[Length];
        CopyValidDigits(id, digits, nameof(id));
        return new string(digits.Slice(1, 4));
    }

    /// <summary>The check digit (0–9) for the first 12 digits of an ID.</summary>
    /// <param name="firstTwelveDigits">Exactly 12 ASCII digits, no separators.</param>
    /// <exception cref="ArgumentException">Not exactly 12 digits.</exception>
    public static int ComputeCheckDigit(ReadOnlySpan<char> firstTwelveDigits)
    {
        if (firstTwelveDigits.Length != Length - 1)
        {
            throw new ArgumentException(
                $"Pass the first 12 digits of the ID; got {firstTwelveDigits.Length} characters.", nameof(firstTwelveDigits));
        }

        return Mod11CheckDigit.Compute(firstTwelveDigits, nameof(firstTwelveDigits));
    }

    /// <summary>
    /// Generates a valid ID for test data, with a random category from 1 to 8. Pass a seeded
    /// <see cref="Random"/> to get the same IDs on every run. Generated IDs may belong to real people: never
    /// use them outside tests and demos.
    /// </summary>
    /// <param name="random">The source of randomness, e.g. <c>new Random(42)</c>.</param>
    public static string Generate(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Generate(random, (ThaiIdCategory)random.Next(1, 9));
    }

    /// <summary>Generates a valid ID for test data whose first digit is <paramref name="category"/>.</summary>
    /// <param name="random">The source of randomness, e.g. <c>new Random(42)</c>.</param>
    /// <param name="category">The category, i.e. the first digit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined value.</exception>
    public static string Generate(Random random, ThaiIdCategory category)
    {
        if (category is < ThaiIdCategory.NoRegistrationStatus or > ThaiIdCategory.Reserved)
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, "The category must be a digit from 0 to 9.");
        }

        Span<char> digits = stackalloc char[Length];
        return Mod11CheckDigit.Generate(random, (char)('0' + (int)category), digits);
    }

    private static void CopyValidDigits(string id, Span<char> digits, string parameterName)
    {
        ThaiIdCheckResult check = Check(id);
        if (!check.IsValid)
        {
            throw id is null
                ? new ArgumentNullException(parameterName, check.Message)
                : new ArgumentException(check.Message, parameterName);
        }

        Mod11CheckDigit.CopyDigits(id, digits);
    }

    internal static string Group(string id, string parameterName, bool mask, string kind = Kind)
    {
        ThaiIdCheckResult check = Mod11CheckDigit.Scan(id, Length, kind);
        if (!check.IsValid)
        {
            throw id is null
                ? new ArgumentNullException(parameterName, check.Message)
                : new ArgumentException(check.Message, parameterName);
        }

        Span<char> digits = stackalloc char[Length];
        Mod11CheckDigit.CopyDigits(id, digits);

        // X-XXXX-XXXXX-XX-X: groups of 1, 4, 5, 2, 1 digits.
        Span<char> text = stackalloc char[Length + 4];
        int d = 0;
        for (int t = 0; t < text.Length; t++)
        {
            if (t is 1 or 6 or 12 or 15)
            {
                text[t] = '-';
            }
            else
            {
                text[t] = mask && d is >= 5 and <= 11 ? 'x' : digits[d];
                d++;
            }
        }

        return new string(text);
    }
}
