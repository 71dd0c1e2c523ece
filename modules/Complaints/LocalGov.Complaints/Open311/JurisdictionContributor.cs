using LocalGov.Platform.MultiTenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace LocalGov.Complaints.Open311;

/// <summary>
/// Open311's <c>jurisdiction_id</c> names the tenant when nothing else does (host name, <c>/t/{code}</c>,
/// <c>X-Tenant</c>). We accept the tenant code or one of its domains (a mapped domain, or
/// <c>{code}.{base domain}</c>), with or without <c>https://</c>. One endpoint serves every LAO, so an Open311
/// request that names none is marked for a 400 (spec: "jurisdiction_id was not provided").
/// </summary>
internal sealed class JurisdictionContributor(IOptionsMonitor<MultiTenancyOptions> options) : ITenantResolveContributor
{
    public const string Parameter = "jurisdiction_id";

    public async ValueTask<string?> FindTenantCodeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(Open311Api.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var value = await ReadAsync(context);
        if (value is null)
        {
            context.Items[Open311Errors.MissingJurisdictionItem] = true;
            return null;
        }
        return Normalize(value, options.CurrentValue.BaseDomain);
    }

    /// <summary>The parameter from the query string or, for a form post, the form; empty counts as absent.</summary>
    public static async ValueTask<string?> ReadAsync(HttpContext context)
    {
        var value = context.Request.Query[Parameter].ToString();
        if (string.IsNullOrWhiteSpace(value) && context.Request.HasFormContentType)
        {
            try
            {
                value = (await context.Request.ReadFormAsync(context.RequestAborted))[Parameter].ToString();
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
            {
                return null; // the endpoint reads the form again and reports what is wrong with it
            }
        }
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary><c>https://demo-city.localgov.go.th/</c> → <c>demo-city</c> under base domain localgov.go.th.</summary>
    public static string Normalize(string value, string? baseDomain)
    {
        var text = value.Trim().ToLowerInvariant();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            text = uri.Host;
        }
        text = text.TrimEnd('/', '.');
        var domain = baseDomain?.Trim().TrimStart('.').ToLowerInvariant();
        if (!string.IsNullOrEmpty(domain) && text.EndsWith("." + domain, StringComparison.Ordinal))
        {
            text = text[..^(domain.Length + 1)];
        }
        return text;
    }

    /// <summary>True when the normalized <paramref name="jurisdiction"/> is this tenant's code or one of its domains.</summary>
    public static bool Names(TenantInfo tenant, string jurisdiction) =>
        string.Equals(tenant.Code, jurisdiction, StringComparison.OrdinalIgnoreCase) ||
        tenant.HostNames.Contains(jurisdiction, StringComparer.OrdinalIgnoreCase);
}
