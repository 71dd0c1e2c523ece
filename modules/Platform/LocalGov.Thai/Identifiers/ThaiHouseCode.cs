namespace LocalGov.Thai;

/// <summary>
/// The 11-digit house code (เลขรหัสประจำบ้าน) from the house register: the first 4 digits are the registrar
/// office, the last is a check digit with weights 11..2 over the first 10 digits, check = (11 − s mod 11) mod 10.
/// Source: NECTEC thai-widget <c>HouseId.java</c> (see DOMAIN.md). Dashes and spaces are ignored.
/// </summary>
/// <remarks>Like the national ID's, this check digit misses some typos: the first digit has weight 11.</remarks>
public static class ThaiHouseCode
{
    /// <summary>The number of digits in a house code.</summary>
    public const int Length = 11;

    private const string Kind = "house code";

    /// <summary>True if <paramref name="houseCode"/> has 11 digits (dashes and spaces ignored) with a correct check digit. Allocates nothing.</summary>
    /// <param name="houseCode">The house code as typed.</param>
    public static bool IsValid(string? houseCode) => Mod11CheckDigit.Scan(houseCode, Length, Kind).IsValid;

    /// <summary>Checks <paramref name="houseCode"/> and says why it is invalid.</summary>
    /// <param name="houseCode">The house code as typed.</param>
    public static ThaiIdCheckResult Check(string? houseCode) => Mod11CheckDigit.Scan(houseCode, Length, Kind);

    /// <summary>The 11 bare digits of a valid house code.</summary>
    /// <param name="houseCode">The house code as typed.</param>
    /// <exception cref="ArgumentException">The house code is invalid; the message says why.</exception>
    public static string Normalize(string houseCode) => Mod11CheckDigit.Normalize(houseCode, Length, Kind, nameof(houseCode));

    /// <summary>The 4-digit registrar office code that starts a valid house code.</summary>
    /// <param name="houseCode">The house code as typed.</param>
    /// <exception cref="ArgumentException">The house code is invalid; the message says why.</exception>
    public static string GetRegistrarOfficeCode(string houseCode) => Normalize(houseCode)[..4];

    /// <summary>The check digit (0–9) for the first 10 digits of a house code.</summary>
    /// <param name="firstTenDigits">Exactly 10 ASCII digits, no separators.</param>
    /// <exception cref="ArgumentException">Not exactly 10 digits.</exception>
    public static int ComputeCheckDigit(ReadOnlySpan<char> firstTenDigits)
    {
        if (firstTenDigits.Length != Length - 1)
        {
            throw new ArgumentException(
                $"Pass the first 10 digits of the house code; got {firstTenDigits.Length} characters.", nameof(firstTenDigits));
        }

        return Mod11CheckDigit.Compute(firstTenDigits, nameof(firstTenDigits));
    }

    /// <summary>Generates a valid house code for test data. Pass a seeded <see cref="Random"/> for repeatable output.</summary>
    /// <param name="random">The source of randomness, e.g. <c>new Random(42)</c>.</param>
    public static string Generate(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        Span<char> digits = stackalloc char[Length];
        return Mod11CheckDigit.Generate(random, (char)('1' + random.Next(9)), digits);
    }
}
