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

    public override string ToString() => Current;
}
