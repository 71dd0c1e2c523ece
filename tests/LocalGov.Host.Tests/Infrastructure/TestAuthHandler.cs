using System.Security.Claims;
using System.Text.Encodings.Web;
using LocalGov.Platform.MultiTenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocalGov.Host.Tests.Infrastructure;

/// <summary>
/// Signs the request in as the user described by the <c>X-Test-User</c> header: <c>userId;tenantId;role,role</c>
/// (tenantId empty for residents and host admins). Stands in for the sign-in pages, which the identity module owns;
/// everything after authentication is the real pipeline.
/// </summary>
internal sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string Header = "X-Test-User";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var value = Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(value))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var parts = value.Split(';');
        // header users count as having signed in with two factors; the cookie tests cover the real two-factor flow
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, parts[0]), new(ClaimTypes.Name, parts[0]),
            new(Platform.Authorization.PlatformClaimTypes.TwoFactorEnabled, "True"),
        };
        if (parts.Length > 1 && parts[1].Length > 0)
        {
            claims.Add(new Claim(TenantClaimTypes.TenantId, parts[1]));
        }
        if (parts.Length > 2)
        {
            claims.AddRange(parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => new Claim(ClaimTypes.Role, r)));
        }
        var identity = new ClaimsIdentity(claims, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    public static string For(string userId, Guid? tenantId, params string[] roles) =>
        $"{userId};{tenantId?.ToString() ?? ""};{string.Join(',', roles)}";
}
