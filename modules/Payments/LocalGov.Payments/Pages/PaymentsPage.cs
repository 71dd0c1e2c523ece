using System.Globalization;
using LocalGov.Thai;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalGov.Payments.Pages;

/// <summary>What the cashier and receipt pages share: language, baht formatting, Thai dates.</summary>
public abstract class PaymentsPage : Platform.Web.LocalGovPageModel
{
    /// <summary>Dates on bills and receipts are written out in full: "22 พฤศจิกายน 2569".</summary>
    public string Date(DateOnly date) => Day(date, longDate: true);

}
