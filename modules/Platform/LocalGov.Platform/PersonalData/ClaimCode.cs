using System.Security.Cryptography;
using System.Text;
using LocalGov.Platform.Localization;

namespace LocalGov.Platform.PersonalData;

/// <summary>
/// The secret printed on a record's paper bills and notices (a waste-fee account, a taxpayer) that a resident types
/// to link the record to their account: ten characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S,
/// 2/Z, 8/B, U/V), drawn with a CSPRNG — 23¹⁰, about 45 bits, so guessing it under the look-up rate limit is hopeless.
/// Shown and typed in two groups of five (<c>K7QX3-M4TRW</c>); spaces, dashes and lower case are forgiven.
/// Stored as typed-normalized text, because every reprint of a bill or notice must print it again; the column is
/// marked <see cref="Data.SensitiveDataAttribute"/> so the audit log masks it.
/// </summary>
public static class ClaimCode
{
    public const int Length = 10;
    /// <summary>The longest text a form accepts for a code (grouped, with a stray space or two).</summary>
    public const int MaxInput = 20;
    public const string Alphabet = "34679ACDEFGHJKMNPQRTWXY";

    public static readonly LocalizedText Malformed = new(
        "รหัสยืนยันสิทธิ์มี 10 ตัว (ตัวอักษรภาษาอังกฤษและตัวเลข เช่น K7QX3-M4TRW) ตามที่พิมพ์บนใบแจ้งหนี้หรือหนังสือแจ้ง กรุณาตรวจสอบอีกครั้ง",
        "The claim code has 10 letters and digits (e.g. K7QX3-M4TRW), as printed on your bill or notice. Please check it and type it again.");

    public static readonly LocalizedText Missing = new(
        "กรอกรหัสยืนยันสิทธิ์ที่พิมพ์บนใบแจ้งหนี้หรือหนังสือแจ้ง (10 ตัว เช่น K7QX3-M4TRW)",
        "Enter the claim code printed on your bill or notice (10 characters, e.g. K7QX3-M4TRW).");

    /// <summary>A new random code, normalized (no dash).</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>"K7QX3-M4TRW" for printing; an empty or odd stored value is returned as it is.</summary>
    public static string Format(string? code) =>
        code is { Length: Length } ? string.Concat(code.AsSpan(0, 5), "-", code.AsSpan(5)) : code ?? "";

    /// <summary>What the person typed, upper-cased without spaces or dashes, or null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > MaxInput)
        {
            return null;
        }
        var builder = new StringBuilder(Length);
        foreach (var c in typed)
        {
            if (c is ' ' or '-' or '\t' or '\u00A0')
            {
                continue;
            }
            var upper = char.ToUpperInvariant(c);
            if (!Alphabet.Contains(upper, StringComparison.Ordinal) || builder.Length == Length)
            {
                return null;
            }
            builder.Append(upper);
        }
        return builder.Length == Length ? builder.ToString() : null;
    }

    /// <summary>The field error for what the person typed, or null when it has the shape of a code.</summary>
    public static LocalizedText? Problem(string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? Missing : Normalize(typed) is null ? Malformed : null;

    /// <summary>Whether a normalized code equals the stored one, in constant time; a record without a code never matches.</summary>
    public static bool Matches(string? stored, string? normalized)
    {
        var a = Encoding.ASCII.GetBytes(stored ?? "");
        var b = Encoding.ASCII.GetBytes(normalized ?? "");
        // compare equal-length buffers so the time does not depend on where they differ
        var left = new byte[Length];
        var right = new byte[Length];
        a.AsSpan(0, Math.Min(a.Length, Length)).CopyTo(left);
        b.AsSpan(0, Math.Min(b.Length, Length)).CopyTo(right);
        var same = CryptographicOperations.FixedTimeEquals(left, right);
        return same & a.Length == Length & b.Length == Length;
    }
}
