namespace LocalGov.Thai;

/// <summary>
/// The 13-digit taxpayer identification number (เลขประจำตัวผู้เสียภาษีอากร). A person's is their national ID;
/// a juristic person's is its registration number. Both use the national ID's check digit (see DOMAIN.md), so
/// this class is <see cref="ThaiNationalId"/> with messages that say "tax ID".
/// </summary>
public static class ThaiTaxId
{
    /// <summary>The number of digits in a tax ID.</summary>
    public const int Length = 13;

    private const string Kind = "tax ID";

    /// <summary>True if <paramref name="taxId"/> has 13 digits (dashes and spaces ignored) with a correct check digit. Allocates nothing.</summary>
    /// <param name="taxId">The tax ID as typed, e.g. <c>0123456789016</c> or <c>0-1234-56789-01-6</c>.</param>
    public static bool IsValid(string? taxId) => Mod11CheckDigit.Scan(taxId, Length, Kind).IsValid;

    /// <summary>Checks <paramref name="taxId"/> and says why it is invalid.</summary>
    /// <param name="taxId">The tax ID as typed.</param>
    public static ThaiIdCheckResult Check(string? taxId) => Mod11CheckDigit.Scan(taxId, Length, Kind);

    /// <summary>The 13 bare digits of a valid tax ID.</summary>
    /// <param name="taxId">The tax ID as typed.</param>
    /// <exception cref="ArgumentException">The tax ID is invalid; the message says why.</exception>
    public static string Normalize(string taxId) => Mod11CheckDigit.Normalize(taxId, Length, Kind, nameof(taxId));

    /// <summary>Formats a valid tax ID as <c>X-XXXX-XXXXX-XX-X</c>.</summary>
    /// <param name="taxId">The tax ID as typed.</param>
    /// <exception cref="ArgumentException">The tax ID is invalid; the message says why.</exception>
    public static string Format(string taxId) => ThaiNationalId.Group(taxId, nameof(taxId), mask: false, Kind);
}
