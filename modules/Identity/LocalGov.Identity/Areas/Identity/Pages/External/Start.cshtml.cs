using LocalGov.Identity.External;
using LocalGov.Identity.Pages;
using LocalGov.Identity.Users;
using LocalGov.Platform.Auditing;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LocalGov.Identity.Areas.Identity.Pages.External;

/// <summary>
/// A provider's button: sends the person to the provider (authorization code + PKCE). A POST with the antiforgery
/// token, so no other site can start a link for a signed-in resident. The provider's discovery document is read
/// first: a provider that does not answer gets a page saying so, never a 500. With <c>link</c>, the signed-in
/// resident's id travels in the protected state and must come back with the answer (<see cref="LinkModel"/>).
/// </summary>
[AllowAnonymous]
[LocalGov.Platform.Web.Idempotency.IdempotencyExempt] // its answer is a redirect with fresh state and cookies
public sealed class StartModel(ExternalProviders providers, SignInManager<LocalGovUser> signIn, UserManager<LocalGovUser> users,
    IOptionsMonitor<OpenIdConnectOptions> options, IAuditScope audit) : IdentityPage
{
    public IActionResult OnGet() => LocalRedirect("/account/login");

    public async Task<IActionResult> OnPostAsync(string? provider, string? returnUrl, bool link, CancellationToken cancellationToken)
    {
        if (providers.Find(provider) is not { } chosen)
        {
            return NotFound();
        }
        var safeReturn = !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        string? userId = null;
        if (link)
        {
            if (await users.GetUserAsync(User) is not { } user)
            {
                return Challenge();
            }
            userId = user.Id.ToString();
        }
        try
        {
            await options.Get(chosen.Scheme).ConfigurationManager!.GetConfigurationAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException or TaskCanceledException)
        {
            audit.AddAction("ExternalSignIn.ProviderUnavailable", chosen.Name);
            Error($"ติดต่อ {chosen.DisplayName.Th} ไม่ได้ในขณะนี้ กรุณาลองใหม่ภายหลัง หรือเข้าสู่ระบบด้วยอีเมลและรหัสผ่าน",
                $"{chosen.DisplayName.En} cannot be reached right now. Try again later, or sign in with your email and password.");
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
        var next = link
            ? $"/account/external/link?returnUrl={Uri.EscapeDataString(safeReturn)}"
            : $"/account/external/callback?returnUrl={Uri.EscapeDataString(safeReturn)}";
        var properties = signIn.ConfigureExternalAuthenticationProperties(chosen.Scheme, next, userId);
        audit.AddAction(link ? "ExternalLogin.LinkStarted" : "ExternalSignIn.Started", chosen.Name);
        return Challenge(properties, chosen.Scheme);
    }
}
