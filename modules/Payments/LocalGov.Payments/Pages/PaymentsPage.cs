using System.Globalization;
using LocalGov.Thai;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalGov.Payments.Pages;

/// <summary>What the cashier and receipt pages share: language, baht formatting, Thai dates.</summary>
public abstract class PaymentsPage : PageModel
{
    public bool IsThai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";

    public string T(string th, string en) => IsThai ? th : en;

    public static string Baht(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);

    public string Date(DateOnly date) => IsThai
        ? ThaiDate.ToLongString(date)
        : date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    protected void Error(Platform.Web.BusinessRuleException e) => ModelState.AddModelError("", e.UserMessage.Bilingual);
}
