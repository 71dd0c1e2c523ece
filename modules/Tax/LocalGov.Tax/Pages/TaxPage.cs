using LocalGov.Platform.Web;

namespace LocalGov.Tax.Pages;

/// <summary>What the tax pages share: how they put validation problems on their fields, in the reader's language.</summary>
public abstract class TaxPage : LocalGovPageModel
{
    public void AddErrors(IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, error.Message.Current);
        }
    }

    /// <summary>A Buddhist-era year for the reader: 2026 → 2569.</summary>
    public static int BuddhistYear(int year) => year + 543;
}
