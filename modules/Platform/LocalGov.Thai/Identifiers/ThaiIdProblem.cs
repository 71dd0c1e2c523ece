namespace LocalGov.Thai;

/// <summary>Why a national ID, tax ID or house code was rejected.</summary>
public enum ThaiIdProblem
{
    /// <summary>The identifier is valid.</summary>
    None = 0,

    /// <summary>Nothing was given: null, empty, or only dashes and spaces.</summary>
    Empty,

    /// <summary>A character other than a digit, a dash or a space was found.</summary>
    NonDigit,

    /// <summary>The number of digits is not the identifier's length (13 for IDs, 11 for house codes).</summary>
    WrongLength,

    /// <summary>The last digit does not match the check digit computed from the others: a digit was mistyped.</summary>
    WrongCheckDigit,
}
