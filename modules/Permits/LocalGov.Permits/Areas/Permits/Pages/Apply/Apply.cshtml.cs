using LocalGov.Platform.Authorization;
using LocalGov.Permits.Applying;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.Publishing;
using LocalGov.Platform.Data;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Areas.Permits.Pages.Apply;

/// <summary>
/// A signed-in resident applies online: the applicant, the premises, the type's questions and its documents. A good
/// application is filed at once and the applicant is shown its number and the date the decision is due.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimitPolicies.PublicSubmit)]
[RequestFormLimits(MultipartBodyLengthLimit = ApplicationForm.MaxRequestBytes)]
[RequestSizeLimit(ApplicationForm.MaxRequestBytes)]
public sealed class ApplyModel(LocalGovDbContext db, PermitFiling filing, LocalGov.Identity.Contracts.IVerifiedIdentity verified,
    LocalGov.Platform.Auditing.IAuditScope audit) : ApplicationFormPage
{
    /// <summary>The applicant's name and ID came from the account's verified national ID (a digital-ID provider).</summary>
    public bool Prefilled { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }
        StartForm();
        // a verified identity fills the applicant's name and ID (a typed one never does: it proves nothing); the
        // person sees their own full ID on their own form, which is recorded like any other full display
        if (SignedIn.UserIdOf(User) is { } userId && await verified.FindAsync(userId, cancellationToken) is { } person)
        {
            Form["applicant_name"] = person.DisplayName;
            Form["applicant_id"] = person.NationalId;
            Prefilled = true;
            audit.AddAction("NationalId.Prefilled", $"permit application form {Type.Code}, own account {userId}");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }
        if (await CheckPostedAsync(cancellationToken) is not { } checkedForm)
        {
            return Page();
        }
        PermitApplication? application = null;
        if (!await TryAsync(db, async () => application = await filing.SubmitAsync(new FilingRequest(Type, checkedForm.Details, checkedForm.Documents,
                ApplicationChannel.Online, SignedIn.UserIdOf(User), null, Culture), cancellationToken)))
        {
            await HoldDocumentsAsync(checkedForm.Documents, cancellationToken);
            return Page();
        }
        await ReleaseHeldAsync(cancellationToken);
        return LocalRedirect($"{Request.PathBase}/permits/applications/{application!.Number}?done=filed");
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var type = await db.Set<PermitType>().AsNoTracking().SingleOrDefaultAsync(t => t.Code == code && t.Active, cancellationToken);
        if (type is null)
        {
            return false;
        }
        Type = type;
        return true;
    }
}
