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

    /// <summary>Both languages, for messages read by people and logs alike: "ไทย / English".</summary>
    public string Bilingual => Th == En ? Th : $"{Th} / {En}";

    public override string ToString() => Current;
}
