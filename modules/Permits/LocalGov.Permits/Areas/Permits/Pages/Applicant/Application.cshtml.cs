using LocalGov.Platform.Authorization;
using LocalGov.Permits.Applying;
using LocalGov.Permits.Pages;
using LocalGov.Permits.Publishing;
using LocalGov.Permits.Review;
using LocalGov.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Permits.Areas.Permits.Pages.Applicant;

/// <summary>
/// The applicant's own page of an application: where it stands, when the decision is due, its public timeline, the
/// officer's written request for missing documents (answered here with an upload), the decision, the fee bill with
/// its PromptPay code, and the permit. Only the account that filed it sees it; for anyone else it does not exist.
/// </summary>
[Authorize]
[RequestFormLimits(MultipartBodyLengthLimit = ApplicationForm.MaxRequestBytes)]
[RequestSizeLimit(ApplicationForm.MaxRequestBytes)]
public sealed class ApplicationModel(LocalGovDbContext db, ApplicantCase cases, PermitReview review) : PermitsPage
{
    public ApplicantView View { get; private set; } = null!;

    /// <summary>"filed", "supplied", "withdrawn" or "renewed": the step that just succeeded.</summary>
    public string? Done { get; private set; }

    public PermitApplication Application => View.Application;

    public async Task<IActionResult> OnGetAsync(string number, string? done, CancellationToken cancellationToken)
    {
        Done = done is "filed" or "supplied" or "withdrawn" or "renewed" ? done : null;
        return await ShowAsync(number, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>The applicant sends what the officer listed as missing: the decision clock starts again.</summary>
    public async Task<IActionResult> OnPostSupplyAsync(string number, string? stamp, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(number, cancellationToken))
        {
            return NotFound();
        }
        var form = await Request.ReadFormAsync(cancellationToken);
        var (documents, errors) = await ApplicationDetails.CheckDocumentsAsync(ApplicationForm.Uploads(form.Files), View.Type, requireAll: false, cancellationToken);
        if (errors.Count > 0)
        {
            AddErrors(errors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (!await TryAsync(db, () => review.SupplyDocumentsAsync(number, stamp, documents, null, cancellationToken)))
        {
            await ShowAsync(number, cancellationToken);
            return Page();
        }
        return LocalRedirect($"{Request.PathBase}/permits/applications/{number}?done=supplied");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string number, string? stamp, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(number, cancellationToken))
        {
            return NotFound();
        }
        if (!await TryAsync(db, () => review.WithdrawAsync(number, stamp, cancellationToken)))
        {
            await ShowAsync(number, cancellationToken);
            return Page();
        }
        return LocalRedirect($"{Request.PathBase}/permits/applications/{number}?done=withdrawn");
    }

    public string BillLine(Payments.Contracts.BillLineView line) => line.Head switch
    {
        PermitFee.FeeHead => T("ค่าธรรมเนียมใบอนุญาต", "Permit fee"),
        PermitFee.SurchargeHead => T("เงินเพิ่มกรณีต่ออายุหลังวันหมดอายุ", "Surcharge for renewing after the expiry date"),
        _ => line.Text,
    };

    private async Task<bool> ShowAsync(string number, CancellationToken cancellationToken)
    {
        if (SignedIn.UserIdOf(User) is not { } userId || await cases.FindAsync(number, userId, cancellationToken) is not { } view)
        {
            return false;
        }
        View = view;
        return true;
    }
}
