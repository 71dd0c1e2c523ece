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
public sealed class LookupModel(ResidentBills residents, PayingPlaces places, LocalGovDbContext db, IVerifiedIdentity verified) : CollectionPage
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

    /// <summary>The signed-in resident's national ID was vouched for by a digital-ID provider: houses link by ID match.</summary>
    public bool HasVerifiedId { get; private set; }

    /// <summary>After linking by verified ID: how many houses were linked now, and how many another account holds.</summary>
    public (int Linked, int HeldElsewhere)? VerifiedResult { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ReadVerifiedAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await ReadVerifiedAsync(cancellationToken);
        return await ShowAsync(cancellationToken);
    }

    /// <summary>Links every house of this LAO whose payer has the account's verified national ID: no claim code.</summary>
    public async Task<IActionResult> OnPostClaimVerifiedAsync(CancellationToken cancellationToken)
    {
        if (!IsResident || UserId is not { } userId)
        {
            return Challenge();
        }
        if (await verified.FindAsync(userId, cancellationToken) is not { } person)
        {
            ModelState.AddModelError("", new Platform.Localization.LocalizedText(
                "บัญชีนี้ยังไม่มีเลขประจำตัวประชาชนที่ยืนยันแล้ว เชื่อมตัวตนดิจิทัลที่หน้าบัญชีของฉันก่อน หรือใช้รหัสยืนยันสิทธิ์บนใบแจ้ง",
                "This account has no verified national ID. Link a digital ID on My account first, or use the claim code on your notice.").Bilingual);
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        HasVerifiedId = true;
        (int, int) result = default;
        if (await TryAsync(db, async () => result = await residents.ClaimByVerifiedIdAsync(person, cancellationToken)))
        {
            VerifiedResult = result;
        }
        return Page();
    }

    private async Task ReadVerifiedAsync(CancellationToken cancellationToken) =>
        HasVerifiedId = IsResident && UserId is { } userId && await verified.FindAsync(userId, cancellationToken) is not null;

    public async Task<IActionResult> OnPostClaimAsync(CancellationToken cancellationToken)
    {
        if (!IsResident || UserId is not { } userId)
        {
            return Challenge();
        }
        await ReadVerifiedAsync(cancellationToken);
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
            ModelState.AddModelError(e.Field, e.Message.Current);
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
