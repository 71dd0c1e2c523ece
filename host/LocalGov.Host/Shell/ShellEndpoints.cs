using LocalGov.Platform.Localization;
using Microsoft.AspNetCore.Localization;

namespace LocalGov.Host.Shell;

internal static class ShellEndpoints
{
    /// <summary>The Thai/English switch: a form post (antiforgery-checked) that sets the culture cookie and goes back.</summary>
    public static void MapShellEndpoints(this WebApplication app)
    {
        app.MapPost("/culture", (HttpContext context, [Microsoft.AspNetCore.Mvc.FromForm] string culture, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            if (!SupportedCultures.IsSupported(culture))
            {
                return Results.BadRequest();
            }
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/')
                && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
                ? returnUrl
                : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription().AllowAnonymous();
    }
}
