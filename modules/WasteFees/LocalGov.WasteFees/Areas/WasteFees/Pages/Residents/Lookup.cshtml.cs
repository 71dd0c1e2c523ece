using System.Security.Claims;
using LocalGov.Identity.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.Web;
using LocalGov.WasteFees.Collection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalGov.WasteFees.Areas.WasteFees.Pages.Residents;

/// <summary>
/// Residents find their house's waste fees without signing in: the house code (or account number) and the claim
/// code printed on its notices. The answer lists the unpaid bills with a PromptPay code each and the months paid; a
/// signed-in resident may link the house to their account. Every post counts toward the look-up rate limit; a wrong
/// code gets the same answer as an unknown house.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Lookup)]
public sealed class LookupModel(ResidentBills residents, PayingPlaces places, LocalGovDbContext db) : CollectionPage
{
    [BindProperty] public string? HouseCode { get; set; }
    [BindProperty] public string? AccountNo { get; set; }
    [BindProperty] public string? ClaimCode { get; set; }

    public ResidentPointView? View { get; private set; }
    public WhereToPay? Where { get; private set; }
    public bool NotFoundHouse { get; private set; }
    public bool Linked { get; private set; }

    public bool IsResident => User.Identity?.IsAuthenticated == true
        && User.FindFirst(IdentityClaimTypes.Kind)?.Value == nameof(UserKind.Resident);

    public bool LinkedToMe => View?.Point.PayerUserId is { } owner && owner == UserId;

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostClaimAsync(CancellationToken cancellationToken)
    {
        if (!IsResident || UserId is not { } userId)
        {
            return Challenge();
        }
        var result = await ShowAsync(cancellationToken);
        if (View is null)
        {
            return result;
        }
        if (await TryAsync(db, () => residents.ClaimAsync(View.Point.Id, userId, User.FindFirstValue(ClaimTypes.Email), cancellationToken)))
        {
            Linked = true;
            return await ShowAsync(cancellationToken);
        }
        return Page();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var (point, errors) = await residents.FindAsync(new HouseProof(HouseCode, AccountNo, ClaimCode), cancellationToken);
        foreach (var e in errors)
        {
            ModelState.AddModelError(e.Field, e.Message.Bilingual);
        }
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (point is null)
        {
            NotFoundHouse = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        View = await residents.ViewAsync(point, cancellationToken);
        Where = await places.ForCurrentLaoAsync(cancellationToken);
        return Page();
    }
}
