using System.Text.RegularExpressions;
using LocalGov.Platform.Localization;
using Microsoft.Extensions.Configuration;

namespace LocalGov.Identity.External;

/// <summary>
/// One OpenID Connect provider of a national digital ID (ThaID of DOPA, DGA Digital ID), as configured under
/// <c>Authentication:OpenIdConnect:Providers:{Name}</c>: which issuer, this site's client credentials there, the
/// scopes to ask for and which claims carry the national ID and the names.
/// </summary>
public sealed record ExternalProvider(
    string Name,
    Uri Issuer,
    string ClientId,
    string? ClientSecret,
    IReadOnlyList<string> Scopes,
    string NationalIdClaim,
    string? GivenNameClaim,
    string? FamilyNameClaim,
    LocalizedText DisplayName,
    bool RequireHttpsMetadata)
{
    /// <summary>The authentication scheme, and the login provider name stored with each linked identity.</summary>
    public string Scheme => "oidc-" + Name;

    /// <summary>Where the provider sends the person back, at the site's root (never under an LAO's /t/{code}).</summary>
    public string CallbackPath => "/signin-oidc-" + Name;
}

/// <summary>The configured providers, read once at start; a setting that cannot work stops the host, naming it.</summary>
public sealed partial class ExternalProviders
{
    public const string Section = "Authentication:OpenIdConnect:Providers";

    public ExternalProviders(IReadOnlyList<ExternalProvider> all) => All = all;

    public IReadOnlyList<ExternalProvider> All { get; }

    public ExternalProvider? Find(string? name) => All.FirstOrDefault(p => p.Name == name);

    public ExternalProvider? ForScheme(string? scheme) => All.FirstOrDefault(p => p.Scheme == scheme);

    public static ExternalProviders Read(IConfiguration configuration)
    {
        var providers = new List<ExternalProvider>();
        foreach (var section in configuration.GetSection(Section).GetChildren())
        {
            var key = $"{Section}:{section.Key}";
            string Required(string name) => section[name] is { Length: > 0 } value
                ? value.Trim()
                : throw new InvalidOperationException($"{key}:{name} is not set: each OpenID Connect provider needs it.");
            if (!NameShape().IsMatch(section.Key))
            {
                throw new InvalidOperationException($"{key}: a provider's name is 1-32 lower-case letters, digits or '-' (it becomes the path /signin-oidc-{{name}}).");
            }
            if (!Uri.TryCreate(Required("Issuer"), UriKind.Absolute, out var issuer) || issuer.Scheme is not ("https" or "http"))
            {
                throw new InvalidOperationException($"{key}:Issuer must be the provider's absolute address, e.g. https://imauth.bora.dopa.go.th.");
            }
            var requireHttps = !bool.TryParse(section["RequireHttpsMetadata"], out var r) || r;
            if (requireHttps && issuer.Scheme != "https")
            {
                throw new InvalidOperationException($"{key}:Issuer must be https (RequireHttpsMetadata=false only for a test provider).");
            }
            var scopes = (section["Scopes"] ?? "openid")
                .Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            if (!scopes.Contains("openid"))
            {
                scopes.Insert(0, "openid");
            }
            providers.Add(new ExternalProvider(
                section.Key,
                issuer,
                Required("ClientId"),
                section["ClientSecret"] is { Length: > 0 } secret ? secret : null,
                scopes,
                Required("NationalIdClaim"),
                section["GivenNameClaim"] is { Length: > 0 } given ? given : null,
                section["FamilyNameClaim"] is { Length: > 0 } family ? family : null,
                new LocalizedText(section["DisplayNameTh"] is { Length: > 0 } th ? th : section.Key,
                    section["DisplayNameEn"] is { Length: > 0 } en ? en : section.Key),
                requireHttps));
        }
        return new ExternalProviders(providers);
    }

    [GeneratedRegex("^[a-z0-9-]{1,32}$")]
    private static partial Regex NameShape();
}
