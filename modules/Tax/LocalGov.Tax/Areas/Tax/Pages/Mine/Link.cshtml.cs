using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Web;
using LocalGov.Tax.Pages;
using LocalGov.Tax.Publishing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalGov.Tax.Areas.Tax.Pages.Mine;

/// <summary>
/// "Link my tax record": a signed-in resident proves one of the LAO's notices (its number and the claim code printed
/// on it) and the payer is linked to their account. Every post counts toward the look-up rate limit (per account),
/// and every miss gets the same answer.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimitPolicies.Lookup)]
public sealed class LinkModel(TaxpayerLinking linking, LocalGovDbContext db) : TaxPage
{
    [BindProperty] public string? Notice { get; set; }
    [BindProperty] public string? ClaimCode { get; set; }

    public bool NothingMatches { get; private set; }
    public string? LinkedCode { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (SignedIn.UserIdOf(User) is not { } userId)
        {
            return Challenge();
        }
        var errors = TaxpayerLinking.Validate(Notice, ClaimCode);
        if (errors.Count > 0)
        {
            AddErrors(errors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        global::LocalGov.Tax.Registry.TaxPayer? payer = null;
        if (!await TryAsync(db, async () => payer = await linking.LinkAsync(Notice!, ClaimCode!, userId, cancellationToken)))
        {
            return Page();
        }
        if (payer is null)
        {
            NothingMatches = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        LinkedCode = payer.Code;
        Notice = null;
        ClaimCode = null;
        return Page();
    }
}
