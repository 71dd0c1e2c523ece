using System.Globalization;
using System.Text;

namespace LocalGov.Thai;

/// <summary>
/// The outcome of checking a national ID, tax ID or house code: whether it is valid and, if not, why, with a
/// message a person can act on. Returned by <see cref="ThaiNationalId.Check"/>, <see cref="ThaiTaxId.Check"/>
/// and <see cref="ThaiHouseCode.Check"/>.
/// </summary>
public readonly record struct ThaiIdCheckResult
{
    private readonly string kind;
    private readonly int codePoint;

    internal ThaiIdCheckResult(
        string kind,
        int expectedLength,
        ThaiIdProblem problem,
        int digitCount,
        int position = 0,
        char character = '\0',
        int expectedCheckDigit = -1,
        int actualCheckDigit = -1,
        int codePoint = 0)
    {
        this.kind = kind;
        this.codePoint = codePoint;
        ExpectedLength = expectedLength;
        Problem = problem;
        DigitCount = digitCount;
        Position = position;
        Character = character;
        ExpectedCheckDigit = expectedCheckDigit;
        ActualCheckDigit = actualCheckDigit;
    }

    /// <summary>Why the identifier was rejected, or <see cref="ThaiIdProblem.None"/> when it is valid.</summary>
    public ThaiIdProblem Problem { get; }

    /// <summary>True when the identifier is valid.</summary>
    public bool IsValid => Problem == ThaiIdProblem.None;

    /// <summary>How many digits the identifier must have: 13 for national and tax IDs, 11 for house codes.</summary>
    public int ExpectedLength { get; }

    /// <summary>How many digits were found, dashes and spaces not counted (up to the first non-digit).</summary>
    public int DigitCount { get; }

    /// <summary>For <see cref="ThaiIdProblem.NonDigit"/>: the 1-based position of the offending character in the input; otherwise 0.</summary>
    public int Position { get; }

    /// <summary>
    /// For <see cref="ThaiIdProblem.NonDigit"/>: the offending character (its first UTF-16 unit if it lies outside
    /// the Basic Multilingual Plane, as an emoji does; <see cref="Message"/> shows the whole character); otherwise <c>'\0'</c>.
    /// </summary>
    public char Character { get; }

    /// <summary>For <see cref="ThaiIdProblem.WrongCheckDigit"/>: the check digit the first digits call for; otherwise -1.</summary>
    public int ExpectedCheckDigit { get; }

    /// <summary>For <see cref="ThaiIdProblem.WrongCheckDigit"/>: the last digit as given; otherwise -1.</summary>
    public int ActualCheckDigit { get; }

    /// <summary>A one-sentence explanation in English, suitable for a form's validation message or an exception.</summary>
    public string Message => Problem switch
    {
        ThaiIdProblem.None => string.Create(CultureInfo.InvariantCulture, $"The {kind} is valid."),
        ThaiIdProblem.Empty => string.Create(
            CultureInfo.InvariantCulture, $"No {kind} was given; it has {ExpectedLength} digits."),
        ThaiIdProblem.NonDigit => NonDigitMessage(),
        ThaiIdProblem.WrongLength => string.Create(
            CultureInfo.InvariantCulture, $"A {kind} has {ExpectedLength} digits, but {DigitCount} were given."),
        _ => string.Create(
            CultureInfo.InvariantCulture,
            $"The last digit of this {kind} should be {ExpectedCheckDigit}, not {ActualCheckDigit}: a digit is probably mistyped."),
    };

    /// <summary>
    /// The same explanation in Thai, for forms Thai people fill in. The identifier is named generically
    /// (เลข … หลัก) so the sentence fits national IDs, tax IDs and house codes alike.
    /// </summary>
    public string MessageTh => Problem switch
    {
        ThaiIdProblem.None => "เลขถูกต้อง",
        ThaiIdProblem.Empty => string.Create(CultureInfo.InvariantCulture, $"ยังไม่ได้กรอกเลข ต้องกรอก {ExpectedLength} หลัก"),
        ThaiIdProblem.NonDigit => string.Create(
            CultureInfo.InvariantCulture, $"ตัวอักษรที่ตำแหน่ง {Position} ไม่ใช่เลขอารบิก 0–9 (ใช้ได้เฉพาะตัวเลข ขีด และช่องว่าง)"),
        ThaiIdProblem.WrongLength => string.Create(
            CultureInfo.InvariantCulture, $"ต้องมี {ExpectedLength} หลัก แต่กรอกมา {DigitCount} หลัก"),
        _ => string.Create(
            CultureInfo.InvariantCulture,
            $"หลักสุดท้ายควรเป็น {ExpectedCheckDigit} ไม่ใช่ {ActualCheckDigit} น่าจะพิมพ์ผิดบางหลัก กรุณาตรวจสอบอีกครั้ง"),
    };

    private string NonDigitMessage()
    {
        // Character is one UTF-16 unit; codePoint holds the whole character, e.g. an emoji's two units.
        int value = codePoint != 0 ? codePoint : Character;
        if (!Rune.IsValid(value))
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"A broken character (U+{value:X4}) at position {Position} is not a digit; a {kind} has only the digits 0-9 (dashes and spaces are ignored).");
        }

        var rune = new Rune(value);
        if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber)
        {
            // Thai (๑), full-width (１), Arabic-Indic (٣)… digits: say which ASCII digit to type instead.
            return string.Create(
                CultureInfo.InvariantCulture,
                $"'{rune}' at position {Position} is not one of the digits 0-9; type it as {(int)Rune.GetNumericValue(rune)}. A {kind} has only the digits 0-9 (dashes and spaces are ignored).");
        }

        // Invisible characters (tab, line break, no-break space, zero-width space…) are named by code point:
        // quoting them would show the reader nothing to act on.
        bool invisible = Rune.IsControl(rune) || Rune.IsWhiteSpace(rune)
            || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
        string shown = invisible
            ? string.Create(CultureInfo.InvariantCulture, $"The invisible character U+{value:X4}{Name(value)}")
            : string.Create(CultureInfo.InvariantCulture, $"'{rune}'");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{shown} at position {Position} is not a digit; a {kind} has only the digits 0-9 (dashes and spaces are ignored).");
    }

    private static string Name(int value) => value switch
    {
        '\t' => " (a tab)",
        '\n' or '\r' => " (a line break)",
        '\u00A0' or '\u202F' => " (a no-break space)",
        '\u200B' => " (a zero-width space)",
        '\uFEFF' => " (a byte-order mark)",
        _ => string.Empty,
    };

    /// <summary>The <see cref="Message"/>.</summary>
    public override string ToString() => Message;
}
