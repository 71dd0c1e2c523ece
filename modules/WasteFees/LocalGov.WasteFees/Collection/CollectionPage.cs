using System.Security.Claims;
using LocalGov.WasteFees.ServicePoints;

namespace LocalGov.WasteFees.Collection;

/// <summary>What the collection, resident and notice pages share: baht, Thai dates, months, the point's address.</summary>
public abstract class CollectionPage : Platform.Web.LocalGovPageModel
{
    /// <summary>An amount as the cash form's input carries it: "1040.50".</summary>
    public static string Amount(decimal amount) => amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    public string Date(DateOnly? date) => Day(date, longDate: true);

    public string Months(OpenBill bill) => bill.MonthsText(IsThai);

    public string Address(ServicePoint point) => point.Address(IsThai);

    /// <summary>The signed-in account, or null.</summary>
    protected Guid? UserId => Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
