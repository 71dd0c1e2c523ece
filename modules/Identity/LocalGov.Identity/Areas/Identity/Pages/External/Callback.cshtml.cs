using LocalGov.Identity.External;
using LocalGov.Identity.Pages;
using Microsoft.AspNetCore.Authentication;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalGov.Identity.Areas.Identity.Pages.External;

/// <summary>
/// Where a provider's verified answer arrives (after the OpenID Connect handler checked it): an identity already
/// linked signs its account in; a national ID another account holds is not merged (its holder must sign in with the
/// password and confirm, <see cref="LinkModel"/>); a person no account knows gives an email and gets a resident
/// account with a verified national ID. A missing or invalid ID is refused and nothing is made.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.PublicSubmit)] // making an account sends mail
[LocalGov.Platform.Web.Idempotency.IdempotencyExempt] // its answer is a sign-in cookie
public sealed class CallbackModel(ExternalAccounts accounts) : IdentityPage
{
    public LocalizedText? Problem { get; private set; }
    public bool HeldByAnotherAccount { get; private set; }
    public string MaskedId { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public string ProviderTh { get; private set; } = "";
    public string ProviderEn { get; private set; } = "";
    public string ReturnUrl { get; private set; } = "/";

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public bool AcceptPrivacy { get; set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        if (await ReadAsync(returnUrl) is not { } identity)
        {
            return Page();
        }
        if (await accounts.LinkedAccountAsync(identity) is { } linked)
        {
            if (await accounts.SignInLinkedAsync(linked, identity) is { } refused)
            {
                return await RefuseAsync(refused);
            }
            return BackTo(await LandingAsync(linked, ReturnUrl));
        }
        if (await accounts.HolderAsync(identity) is not null)
        {
            HeldByAnotherAccount = true; // no merge: the external cookie stays for the holder's password sign-in
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        if (await ReadAsync(returnUrl) is not { } identity)
        {
            return Page();
        }
        if (await accounts.LinkedAccountAsync(identity) is not null || await accounts.HolderAsync(identity) is not null)
        {
            return await OnGetAsync(returnUrl); // someone linked it meanwhile: as on arrival, never a second account
        }
        var address = (Email ?? "").Trim();
        if (!EmailAddress.IsPlausible(address))
        {
            Error("กรุณากรอกอีเมลที่ถูกต้อง เช่น somchai@example.com", "Enter a valid email, e.g. somchai@example.com.", "Email");
        }
        if (!AcceptPrivacy)
        {
            Error("กรุณาอ่านและยอมรับประกาศความเป็นส่วนตัว", "Please read and accept the privacy notice.", "AcceptPrivacy");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        accounts.BaseUrl = BaseUrl;
        var created = await accounts.CreateAsync(identity, address, DisplayName.Length > 0 ? DisplayName : address, CultureName);
        if (!created.Succeeded)
        {
            // a person the provider verified may learn that an address has an account: they are told to link it instead
            if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                Error("อีเมลนี้มีบัญชีอยู่แล้ว หากเป็นของท่าน เข้าสู่ระบบด้วยบัญชีนั้นแล้วเชื่อมตัวตนดิจิทัลที่หน้าบัญชีของฉัน หรือใช้อีเมลอื่น",
                    "This email already has an account. If it is yours, sign in to it and link your digital ID on My account, or use another email.", "Email");
            }
            foreach (var e in created.Errors.Where(e => e.Code is not (nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))))
            {
                ModelState.AddModelError("Email", e.Description);
            }
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return BackTo(ReturnUrl);
    }

    private async Task<ExternalIdentity?> ReadAsync(string? returnUrl)
    {
        ReturnUrl = !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        var (identity, problem) = await accounts.ReadAsync();
        if (identity is null)
        {
            await RefuseAsync(problem!);
            return null;
        }
        MaskedId = identity.Masked;
        DisplayName = identity.DisplayName;
        ProviderTh = identity.Provider.DisplayName.Th;
        ProviderEn = identity.Provider.DisplayName.En;
        return identity;
    }

    private async Task<Microsoft.AspNetCore.Mvc.RazorPages.PageResult> RefuseAsync(LocalizedText problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme); // an answer that cannot be used is not kept
        return Page();
    }
}
