using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace LocalGov.Identity.External;

/// <summary>
/// One OpenID Connect scheme per configured provider: authorization code flow with PKCE, state and nonce, the ID
/// token's signature checked against the issuer's published keys (JWKS, from its discovery document), claims also
/// read from the userinfo endpoint (some national providers release the ID there only). The result lands in
/// Identity's external cookie (5 minutes), which only <c>/account/external/callback</c> and
/// <c>/account/external/link</c> read: nothing signs anyone in or creates an account until those pages decide.
/// </summary>
internal static class ExternalSignInSetup
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var providers = ExternalProviders.Read(configuration);
        services.AddSingleton(providers);
        // the buttons are forms whose answer redirects to the provider: the content security policy must allow it
        services.Configure<Platform.Web.ContentSecurityOptions>(o =>
            o.FormActionOrigins.AddRange(providers.All.Select(p => p.Issuer.GetLeftPart(UriPartial.Authority))));
        var authentication = services.AddAuthentication();
        authentication.AddCookie(IdentityConstants.ExternalScheme, o =>
        {
            o.Cookie.Name = ".LocalGov.External";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            o.TimeProvider = TimeProvider.System; // the provider's tokens are stamped by the wall clock too
        });
        foreach (var provider in providers.All)
        {
            authentication.AddOpenIdConnect(provider.Scheme, provider.DisplayName.En, o => Configure(o, provider));
        }
    }

    private static void Configure(OpenIdConnectOptions o, ExternalProvider provider)
    {
        o.Authority = provider.Issuer.ToString().TrimEnd('/');
        o.RequireHttpsMetadata = provider.RequireHttpsMetadata;
        o.ClientId = provider.ClientId;
        o.ClientSecret = provider.ClientSecret;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.ResponseMode = OpenIdConnectResponseMode.Query; // a top-level GET back: Lax cookies come with it
        o.UsePkce = true;
        o.CallbackPath = provider.CallbackPath;
        o.SignInScheme = IdentityConstants.ExternalScheme;
        o.SaveTokens = false; // the tokens are not kept: only the claims below are used, once
        o.GetClaimsFromUserInfoEndpoint = true;
        o.MapInboundClaims = false; // claim names as the provider wrote them (pid, given_name)
        o.Scope.Clear();
        foreach (var scope in provider.Scopes)
        {
            o.Scope.Add(scope);
        }
        foreach (var claim in new[] { provider.NationalIdClaim, provider.GivenNameClaim, provider.FamilyNameClaim })
        {
            if (claim is not null)
            {
                o.ClaimActions.MapUniqueJsonKey(claim, claim);
            }
        }
        o.TokenValidationParameters.NameClaimType = "sub";
        o.TokenValidationParameters.ValidateIssuerSigningKey = true;
        o.TokenValidationParameters.RequireSignedTokens = true;
        o.TimeProvider = TimeProvider.System; // nonce and correlation cookies must agree with the provider's clock
        o.BackchannelTimeout = TimeSpan.FromSeconds(15);
        o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.NonceCookie.SameSite = SameSiteMode.Lax;
        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.Events.OnRedirectToIdentityProvider = context =>
        {
            // the callback is at the site's root on this host, even when the button was pressed inside /t/{code}
            var request = context.Request;
            context.ProtocolMessage.RedirectUri = $"{request.Scheme}://{request.Host}{provider.CallbackPath}";
            return Task.CompletedTask;
        };
        o.Events.OnRemoteFailure = context =>
        {
            // a wrong signature, a refused or replayed code, a provider that stopped answering, a person who said no:
            // never a 500, always the page that says so (which audits it) and no account touched
            var reason = ExternalFailure.Classify(context.Failure, context.Request.Query["error"]);
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("LocalGov.Identity.External")
                .LogWarning(context.Failure, "External sign-in with {Provider} failed: {Reason}", provider.Name, reason);
            context.Response.Redirect($"/account/external/failed?provider={Uri.EscapeDataString(provider.Name)}&reason={reason}");
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }
}

/// <summary>Why an external sign-in failed, in words a page can explain (<c>/account/external/failed</c>).</summary>
public static class ExternalFailure
{
    public const string Signature = "signature";
    public const string Code = "code";
    public const string Unavailable = "unavailable";
    public const string Denied = "denied";
    public const string Expired = "expired";
    public const string Other = "other";

    public static string Classify(Exception? failure, string? error)
    {
        if (error == "access_denied")
        {
            return Denied;
        }
        for (var e = failure; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException:
                    return Signature;
                case HttpRequestException or TaskCanceledException or TimeoutException:
                    return Unavailable;
                case OpenIdConnectProtocolException p when p.Message.Contains("invalid_grant", StringComparison.Ordinal):
                    return Code;
                case SecurityTokenException:
                    return Signature; // an ID token that does not validate: treated as not from the provider
            }
            if (e.Message.StartsWith("Correlation failed", StringComparison.Ordinal)
                || e.Message.Contains("state", StringComparison.OrdinalIgnoreCase))
            {
                return Expired; // an answer this browser did not ask for, or asked for long ago (a replayed callback)
            }
            if (e.Message.Contains("IDX20803", StringComparison.Ordinal) || e.Message.Contains("IDX20804", StringComparison.Ordinal))
            {
                return Unavailable; // the discovery document or keys could not be read
            }
        }
        return Other;
    }
}
