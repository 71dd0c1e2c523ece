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
public sealed class LinkModel(TaxpayerLinking linking, LocalGovDbContext db, LocalGov.Identity.Contracts.IVerifiedIdentity verified) : TaxPage
{
    [BindProperty] public string? Notice { get; set; }
    [BindProperty] public string? ClaimCode { get; set; }

    public bool NothingMatches { get; private set; }
    public string? LinkedCode { get; private set; }

    /// <summary>The account's national ID was vouched for by a digital-ID provider: its records link by ID match.</summary>
    public bool HasVerifiedId { get; private set; }

    /// <summary>After linking by verified ID: how many payers were linked now, and how many another account holds.</summary>
    public (int Linked, int HeldElsewhere)? VerifiedResult { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ReadVerifiedAsync(cancellationToken);

    /// <summary>Links every payer of this LAO with the account's verified national ID: no notice or claim code.</summary>
    public async Task<IActionResult> OnPostVerifiedAsync(CancellationToken cancellationToken)
    {
        if (SignedIn.UserIdOf(User) is not { } userId)
        {
            return Challenge();
        }
        if (await verified.FindAsync(userId, cancellationToken) is not { } person)
        {
            ModelState.AddModelError("", new Platform.Localization.LocalizedText(
                "บัญชีนี้ยังไม่มีเลขประจำตัวประชาชนที่ยืนยันแล้ว เชื่อมตัวตนดิจิทัลที่หน้าบัญชีของฉันก่อน หรือใช้รหัสยืนยันสิทธิ์บนหนังสือแจ้ง",
                "This account has no verified national ID. Link a digital ID on My account first, or use the claim code on your notice.").Bilingual);
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        HasVerifiedId = true;
        (int, int) result = default;
        if (await TryAsync(db, async () => result = await linking.LinkByVerifiedIdAsync(person, cancellationToken)))
        {
            VerifiedResult = result;
        }
        return Page();
    }

    private async Task ReadVerifiedAsync(CancellationToken cancellationToken) =>
        HasVerifiedId = SignedIn.UserIdOf(User) is { } userId && await verified.FindAsync(userId, cancellationToken) is not null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (SignedIn.UserIdOf(User) is not { } userId)
        {
            return Challenge();
        }
        await ReadVerifiedAsync(cancellationToken);
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
