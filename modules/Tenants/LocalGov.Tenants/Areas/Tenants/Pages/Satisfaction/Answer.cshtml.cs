using System.Security.Claims;
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
/// The one answer page of every service's survey, reached two ways: the token from the mail is the only proof needed
/// (<c>/satisfaction/{token}</c>); a signed-in resident opens their own pending survey by its id
/// (<c>/satisfaction/mine/{id}</c>, their account is the proof: the token is not stored, only its hash). It shows the service and the case's number, never who the resident is; one answer, a second
/// is refused with the reason. Another LAO's token is "not found" here, like an unknown one.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.PublicSubmit)]
public sealed class AnswerModel(ISatisfactionSurveys surveys, LocalGovDbContext db) : TenantsPage
{
    public SatisfactionSurvey? Survey { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    /// <summary>The survey's id on the signed-in resident's way in; null on the token's.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    /// <summary>What the reader chose, kept when the form comes back with an error.</summary>
    [BindProperty]
    public string? Stars { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public bool Thanked { get; private set; }

    public string Service => Survey is null ? "" : T(Survey.ServiceTh, Survey.ServiceEn);

    public async Task<IActionResult> OnGetAsync(bool thanks, CancellationToken cancellationToken)
    {
        if (Id is not null && User.Identity?.IsAuthenticated != true)
        {
            return Challenge(); // the resident's own list: sign in first, then back here
        }
        Survey = await FindAsync(cancellationToken);
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
        if (await TryAsync(db, async () => await surveys.AnswerAsync(await FindAsync(cancellationToken), Stars, Comment, cancellationToken)))
        {
            return LocalRedirect($"{Request.PathBase}{Request.Path}?thanks=true");
        }
        Survey = await FindAsync(cancellationToken);
        return Page();
    }

    /// <summary>By the mail's token, or by id among the signed-in resident's own surveys (anyone else's: not found).</summary>
    private async Task<SatisfactionSurvey?> FindAsync(CancellationToken cancellationToken) => Id is { } id
        ? Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) ? await surveys.FindMineAsync(id, userId, cancellationToken) : null
        : await surveys.FindAsync(Token, cancellationToken);
}
