using System.Globalization;

namespace LocalGov.Platform.Localization;

/// <summary>
/// Text in Thai and English. Thai is the default: the UI is Thai first, English on request.
/// </summary>
public sealed record LocalizedText(string Th, string En)
{
    /// <summary>The text in the current UI culture (English for any "en" culture, Thai otherwise).</summary>
    public string Current => For(CultureInfo.CurrentUICulture);

    public string For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? En : Th;

    public string For(bool thai) => thai ? Th : En;

    /// <summary>Both languages, for messages read by machines and logs alike (API problem details, Open311): "ไทย / English".</summary>
    public string Bilingual => Th == En ? Th : $"{Th} / {En}";

    /// <summary>
    /// Separates the two halves of a text the system writes into a stored note or reason (timelines, status reasons,
    /// void reasons), so each reader later sees their own language: see <see cref="Stored"/> and <see cref="Show"/>.
    /// A note a person typed has no separator and is shown as typed.
    /// </summary>
    public const char StoredSeparator = '\u001F';

    /// <summary>The form kept in a note or reason column: "ไทย␟English" (one text when both are the same).</summary>
    public string Stored => Th == En ? Th : Th + StoredSeparator + En;

    /// <summary>A stored note or reason as both texts: a system-written one split, a typed one the same in both.</summary>
    public static LocalizedText FromStored(string stored)
    {
        var at = stored.IndexOf(StoredSeparator, StringComparison.Ordinal);
        return at < 0 ? new LocalizedText(stored, stored) : new LocalizedText(stored[..at], stored[(at + 1)..]);
    }

    /// <summary>A stored note or reason in the current UI language (null stays null).</summary>
    public static string? Show(string? stored) => stored is null ? null : FromStored(stored).Current;

    /// <summary>
    /// A text written as "ไทย / English" in one string (a default permit type's choices and checklist, a setting's
    /// default, data entered before a text had a field per language) as the two texts it holds: split at the last
    /// " / " with Thai before it and none after it. Any other text ("เขต / สาย", "Z1 / R1", a typed note) is the same
    /// in both languages.
    /// </summary>
    public static LocalizedText FromPair(string text)
    {
        var at = text.LastIndexOf(" / ", StringComparison.Ordinal);
        if (at <= 0 || !HasThai(text.AsSpan(0, at)) || HasThai(text.AsSpan(at + 3)) || !(text.AsSpan(at + 3).ContainsAnyInRange('A', 'Z') || text.AsSpan(at + 3).ContainsAnyInRange('a', 'z')))
        {
            return new LocalizedText(text, text);
        }
        return new LocalizedText(text[..at].TrimEnd(), text[(at + 3)..].Trim());
    }

    /// <summary>A one-string "ไทย / English" text (see <see cref="FromPair"/>) in the current UI language.</summary>
    public static string OneLanguage(string text) => FromPair(text).Current;

    private static bool HasThai(ReadOnlySpan<char> text) => text.ContainsAnyInRange('\u0E00', '\u0E7F');

    public override string ToString() => Current;
}
