using LocalGov.Platform.Authorization;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Areas.Permits.Pages.Apply;
using LocalGov.Permits.Issuing;
using LocalGov.Permits.Publishing;
using LocalGov.Permits.Renewal;
using LocalGov.Platform.Data;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Areas.Permits.Pages.Renew;

/// <summary>
/// The holder renews a permit. Nothing changed: one click files the renewal and approves it at once, and the fee
/// bill (with the late surcharge after expiry) is on the new application's page. Something changed: the application
/// form, filled in from the last application, goes to staff for review. Holder only; when renewal is not open the
/// page says why.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimitPolicies.PublicSubmit)]
[RequestFormLimits(MultipartBodyLengthLimit = ApplicationForm.MaxRequestBytes)]
[RequestSizeLimit(ApplicationForm.MaxRequestBytes)]
public sealed class RenewModel(LocalGovDbContext db, PermitRenewal renewal) : ApplicationFormPage
{
    public Permit Permit { get; private set; } = null!;

    /// <summary>Why renewal is not open now, in the reader's language; null when it is.</summary>
    public string? Refusal { get; private set; }

    /// <summary>Showing the form for "something changed".</summary>
    public bool Changed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, bool changed, CancellationToken cancellationToken)
    {
        if (!await CheckAsync(number, cancellationToken))
        {
            return NotFound();
        }
        Changed = changed && Refusal is null;
        return Page();
    }

    public async Task<IActionResult> OnPostUnchangedAsync(string number, CancellationToken cancellationToken)
    {
        if (!await CheckAsync(number, cancellationToken))
        {
            return NotFound();
        }
        if (Refusal is not null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        PermitApplication? application = null;
        if (!await TryAsync(db, async () => application = await renewal.RenewUnchangedAsync(number, SignedIn.UserIdOf(User)!.Value, Culture, cancellationToken)))
        {
            return Page();
        }
        return LocalRedirect($"{Request.PathBase}/permits/applications/{application!.Number}?done=renewed");
    }

    public async Task<IActionResult> OnPostChangedAsync(string number, CancellationToken cancellationToken)
    {
        if (!await CheckAsync(number, cancellationToken))
        {
            return NotFound();
        }
        if (Refusal is not null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        Changed = true;
        if (await CheckPostedAsync(cancellationToken) is not { } checkedForm)
        {
            return Page();
        }
        PermitApplication? application = null;
        if (!await TryAsync(db, async () => application = await renewal.RenewChangedAsync(number, SignedIn.UserIdOf(User)!.Value, checkedForm.Details,
                checkedForm.Documents, Culture, cancellationToken)))
        {
            await HoldDocumentsAsync(checkedForm.Documents, cancellationToken);
            return Page();
        }
        await ReleaseHeldAsync(cancellationToken);
        return LocalRedirect($"{Request.PathBase}/permits/applications/{application!.Number}?done=filed");
    }

    /// <summary>Loads the permit for its holder (false: not theirs, 404); a refusal (not open yet, revoked, already renewing) is kept to show.</summary>
    private async Task<bool> CheckAsync(string number, CancellationToken cancellationToken)
    {
        if (SignedIn.UserIdOf(User) is not { } userId)
        {
            return false;
        }
        try
        {
            var (permit, type, last) = await renewal.CheckAsync(number, userId, cancellationToken);
            Permit = permit;
            Type = type;
            Form = ApplicationForm.From(last);
            MaskedId = last.ApplicantIdMasked;
            return true;
        }
        catch (BusinessRuleException e) when (e.StatusCode == StatusCodes.Status404NotFound)
        {
            return false;
        }
        catch (BusinessRuleException e)
        {
            // Not open now: show the permit and the reason. The permit is the holder's (CheckAsync found it first).
            Refusal = e.UserMessage.For(System.Globalization.CultureInfo.CurrentUICulture);
            var permit = await db.Set<Permit>().AsNoTracking().SingleAsync(p => p.Number == number && p.HolderUserId == userId, cancellationToken);
            Permit = permit;
            Type = await db.Set<PermitTypes.PermitType>().AsNoTracking().SingleAsync(t => t.Id == permit.PermitTypeId, cancellationToken);
            return true;
        }
    }
}
