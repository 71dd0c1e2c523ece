using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalGov.Platform.Web;

/// <summary>What every module's pages share: text in the reader's language and errors a person can act on.</summary>
public abstract class LocalGovPageModel : PageModel
{
    public bool IsThai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";

    /// <summary>The Thai or English text, by the reader's language.</summary>
    public string T(string th, string en) => IsThai ? th : en;

    /// <summary>Adds an error for the top of the form (or a field), in both languages.</summary>
    protected void Error(string th, string en, string key = "") => ModelState.AddModelError(key, $"{th} / {en}");

    protected void Error(BusinessRuleException e) => ModelState.AddModelError(e.Field ?? "", e.UserMessage.Bilingual);
}
