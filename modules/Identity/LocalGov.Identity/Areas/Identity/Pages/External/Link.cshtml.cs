using LocalGov.Identity.External;
using LocalGov.Identity.Pages;
using LocalGov.Identity.Users;
using LocalGov.Platform.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Identity.Areas.Identity.Pages.External;

/// <summary>
/// The signed-in account holder confirms linking the provider's identity to their account: after a password sign-in
/// (the ID's holder, told by <see cref="CallbackModel"/>), or from My account. Nothing is linked on the way in; the
/// POST (antiforgery) links, and <see cref="ExternalAccounts.LinkAsync"/> refuses every case that would merge two
/// accounts or move an ID.
/// </summary>
[Authorize]
public sealed class LinkModel(ExternalAccounts accounts, UserManager<LocalGovUser> users) : IdentityPage
{
    public LocalizedText? Problem { get; private set; }
    public bool Linked { get; private set; }
    public string MaskedId { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public string ProviderTh { get; private set; } = "";
    public string ProviderEn { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string ReturnUrl { get; private set; } = "/account";

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        await ReadAsync(returnUrl);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        var (user, identity) = await ReadAsync(returnUrl);
        if (user is null || identity is null)
        {
            return Page();
        }
        if (await accounts.LinkAsync(user, identity) is { } refused)
        {
            return await RefuseAsync(refused);
        }
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        Linked = true;
        return Page();
    }

    private async Task<(LocalGovUser? User, ExternalIdentity? Identity)> ReadAsync(string? returnUrl)
    {
        ReturnUrl = !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/account";
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            await RefuseAsync(ExternalAccounts.NothingToRead);
            return (null, null);
        }
        // started from My account: the answer must come back to this account (its id is in the protected state);
        // started from the sign-in page (the ID's holder signing in to link): there is no such id to check
        var (identity, problem) = await accounts.ReadAsync(user.Id.ToString());
        if (identity is null && problem == ExternalAccounts.NothingToRead)
        {
            (identity, problem) = await accounts.ReadAsync();
            if (identity is not null && identity.Login.AuthenticationProperties?.Items.ContainsKey("XsrfId") == true)
            {
                (identity, problem) = (null, ExternalAccounts.NothingToRead); // a link started by another account
            }
        }
        if (identity is null)
        {
            await RefuseAsync(problem!);
            return (user, null);
        }
        Email = user.Email ?? "";
        MaskedId = identity.Masked;
        DisplayName = identity.DisplayName;
        ProviderTh = identity.Provider.DisplayName.Th;
        ProviderEn = identity.Provider.DisplayName.En;
        return (user, identity);
    }

    private async Task<Microsoft.AspNetCore.Mvc.RazorPages.PageResult> RefuseAsync(LocalizedText problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        return Page();
    }
}
