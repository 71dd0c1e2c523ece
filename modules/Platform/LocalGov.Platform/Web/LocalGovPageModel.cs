using System.Globalization;
using LocalGov.Platform.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Platform.Web;

/// <summary>What every module's pages share: text in the reader's language and errors a person can act on.</summary>
public abstract class LocalGovPageModel : PageModel
{
    public bool IsThai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";

    /// <summary>The Thai or English text, by the reader's language.</summary>
    public string T(string th, string en) => IsThai ? th : en;

    /// <summary>A stored UTC time in the reader's language, on the Bangkok clock ("-" for none).</summary>
    public string When(DateTime? utc) => Timing.BangkokTime.Format(utc, IsThai);

    /// <summary>A date without a time in the reader's calendar: "22 พ.ย. 2569" or "22 Nov 2026" (long: the month in full); "-" for none.</summary>
    public string Day(DateOnly? date, bool longDate = false) => Timing.BangkokTime.Format(date, IsThai, longDate);

    /// <summary>An amount of baht as pages show it: "1,234.50".</summary>
    public static string Baht(decimal amount) => Thai.ThaiBahtText.ToFigures(amount);

    /// <summary>The errors recorded for one form field, joined (empty when none): shown beside the field.</summary>
    public string FieldErrors(string field) =>
        ModelState.TryGetValue(field, out var entry) ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : "";

    /// <summary>Adds an error for the top of the form (or a field), in the reader's language.</summary>
    protected void Error(string th, string en, string key = "") => ModelState.AddModelError(key, T(th, en));

    protected void Error(BusinessRuleException e) => ModelState.AddModelError(e.Field ?? "", e.UserMessage.Current);

    /// <summary>
    /// Runs a step the reader asked for. A broken rule becomes the page's error with its status (400, 403, 404,
    /// 409); a stale form (someone else saved first) the conflict message with 409. Either way the unit of work is
    /// cleared, so nothing half-done is saved by a later call, and the caller shows the page again.
    /// </summary>
    protected async Task<bool> TryAsync(LocalGovDbContext db, Func<Task> step)
    {
        try
        {
            await step();
            return true;
        }
        catch (BusinessRuleException e)
        {
            Error(e);
            Response.StatusCode = e.StatusCode;
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", PlatformMessages.Conflict.Current);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        db.ChangeTracker.Clear();
        return false;
    }
}
