using System.Globalization;
using System.Security.Cryptography;
using LocalGov.Identity.Users;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace LocalGov.Identity.SignIn;

/// <summary>
/// "Typed the password within the last <see cref="Window"/>": what showing an authenticator key (or its QR code) or
/// recovery codes needs, so a session left open or a stolen cookie cannot read the second factor. Kept as a small
/// cookie of its own (protected by Data Protection, naming the account and the instant), written when a password is
/// accepted: at sign-in and on the confirm-password page (<c>/account/confirm-password</c>).
/// </summary>
public sealed class Reauthentication(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private const string CookieName = ".LocalGov.Reauth";
    private readonly IDataProtector _protector = protection.CreateProtector("LocalGov.Identity.Reauthentication");

    public void Mark(HttpContext context, LocalGovUser user) =>
        context.Response.Cookies.Append(CookieName,
            _protector.Protect($"{user.Id:N}|{clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}"),
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", MaxAge = Window, IsEssential = true });

    public void Forget(HttpContext context) => context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });

    public bool IsRecent(HttpContext context, LocalGovUser user)
    {
        if (context.Request.Cookies[CookieName] is not { Length: > 0 } cookie)
        {
            return false;
        }
        string payload;
        try
        {
            payload = _protector.Unprotect(cookie);
        }
        catch (CryptographicException)
        {
            return false;
        }
        var parts = payload.Split('|');
        if (parts.Length != 2 || parts[0] != user.Id.ToString("N")
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }
        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        return age >= -TimeSpan.FromMinutes(1) && age <= Window;
    }

    /// <summary>Where to send someone whose password is not recent: the confirm-password page, then back.</summary>
    public static string ConfirmUrl(HttpRequest request) =>
        $"{request.PathBase}/account/confirm-password?returnUrl={Uri.EscapeDataString($"{request.PathBase}{request.Path}{request.QueryString}")}";
}
