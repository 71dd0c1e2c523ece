using LocalGov.Platform.Data;
using LocalGov.Platform.Satisfaction;
using LocalGov.Platform.Web;
using LocalGov.Tenants.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalGov.Tenants.Areas.Tenants.Pages.Satisfaction;

/// <summary>
/// The one answer page of every service's survey: the token from the mail (or from the resident's own pages) is the
/// only proof needed. It shows the service and the case's number, never who the resident is; one answer, a second
/// is refused with the reason. Another LAO's token is "not found" here, like an unknown one.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.PublicSubmit)]
public sealed class AnswerModel(ISatisfactionSurveys surveys, LocalGovDbContext db) : TenantsPage
{
    public SatisfactionSurvey? Survey { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    /// <summary>What the reader chose, kept when the form comes back with an error.</summary>
    [BindProperty]
    public string? Stars { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public bool Thanked { get; private set; }

    public string Service => Survey is null ? "" : T(Survey.ServiceTh, Survey.ServiceEn);

    public async Task<IActionResult> OnGetAsync(bool thanks, CancellationToken cancellationToken)
    {
        Survey = await surveys.FindAsync(Token, cancellationToken);
        if (Survey is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Thanked = thanks && Survey.IsAnswered;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(db, () => surveys.AnswerAsync(Token, Stars, Comment, cancellationToken)))
        {
            return LocalRedirect($"{Request.PathBase}/satisfaction/{Uri.EscapeDataString(Token!)}?thanks=true");
        }
        Survey = await surveys.FindAsync(Token, cancellationToken);
        return Page();
    }
}
