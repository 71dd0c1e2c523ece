using LocalGov.Platform.Web;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Issuing;
using LocalGov.Permits.PermitTypes;

namespace LocalGov.Permits.Pages;

/// <summary>What the permit pages share: language, statuses in the reader's language, and how they add field errors.</summary>
public abstract class PermitsPage : Platform.Web.LocalGovPageModel
{
    public string Status(ApplicationStatus status) => ApplicationStatusText.Of(status).For(System.Globalization.CultureInfo.CurrentUICulture);

    public string Status(PermitStatus status) => PermitStatusText.Of(status).For(System.Globalization.CultureInfo.CurrentUICulture);

    public string TypeName(PermitType type) => type.Name(IsThai);

    /// <summary>Puts each validation problem on its field, in the reader's language.</summary>
    public void AddErrors(IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, error.Message.For(System.Globalization.CultureInfo.CurrentUICulture));
        }
    }
}
