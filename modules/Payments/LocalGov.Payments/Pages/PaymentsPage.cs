using System.Globalization;
using LocalGov.Thai;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalGov.Payments.Pages;

/// <summary>What the cashier and receipt pages share: language, baht formatting, Thai dates.</summary>
public abstract class PaymentsPage : Platform.Web.LocalGovPageModel
{
    public static string Baht(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);

    public string Date(DateOnly date) => IsThai
        ? ThaiDate.ToLongString(date)
        : date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

}
