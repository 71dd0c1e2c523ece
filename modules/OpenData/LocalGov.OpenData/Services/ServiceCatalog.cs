using System.Text.Json.Nodes;
using LocalGov.OpenData.Catalog;
using LocalGov.OpenData.Ckan;
using LocalGov.Platform.Features;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.OpenData;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LocalGov.OpenData.Services;

/// <summary>
/// Each LAO's services as one JSON document at <c>/t/{code}/services.json</c> (or <c>/services.json</c> on the
/// LAO's own domain), for national apps and Biz Portal to point to: each service's id, name and description in Thai
/// and English, fee, legal time and a deep link, absolute, that opens the service page itself from outside with no
/// sign-in (<c>url</c>; <c>url_en</c> opens it in English), plus <c>apply_url</c> where applying online needs a
/// sign-in. Built from the modules' <see cref="IPublicServiceSource"/>s the LAO has switched on, at each request.
/// At host level <c>/services.json</c> lists the LAOs and their documents. Anonymous, readable from any origin.
/// </summary>
internal sealed class ServiceCatalog(
    IEnumerable<IPublicServiceSource> sources,
    IFeatureChecker features,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    PublicUrls urls,
    TimeProvider clock)
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/services.json", async (ServiceCatalog catalog, CancellationToken cancellationToken) =>
                TypedResults.Text((await catalog.DocumentAsync(cancellationToken)).ToJsonString(OpenDataFiles.Json), "application/json; charset=utf-8"))
            .AllowAnonymous().RequireCors(CkanApi.CorsPolicy).ExcludeFromDescription();

    /// <summary>The services of the LAO in context, in the order the modules are listed.</summary>
    public async Task<IReadOnlyList<PublicService>> ListAsync(CancellationToken cancellationToken)
    {
        var services = new List<PublicService>();
        foreach (var source in sources)
        {
            if (await features.IsEnabledAsync(source.Feature, cancellationToken))
            {
                services.AddRange(await source.ListAsync(cancellationToken));
            }
        }
        return services;
    }

    public async Task<JsonObject> DocumentAsync(CancellationToken cancellationToken)
    {
        if (currentTenant.Tenant is not { } lao)
        {
            var laos = (await tenants.GetAllAsync(cancellationToken)).Where(t => t.IsActive).OrderBy(t => t.Code, StringComparer.Ordinal);
            return new JsonObject
            {
                ["generated_at"] = CkanDocuments.Time(clock.GetUtcNow().UtcDateTime),
                ["laos"] = new JsonArray([.. laos.Select(t => (JsonNode)new JsonObject
                {
                    ["code"] = t.Code,
                    ["name_th"] = t.Name.Th,
                    ["name_en"] = t.Name.En,
                    ["services_url"] = urls.ForTenant(t) + "/services.json",
                })]),
            };
        }
        var site = urls.ForTenant(lao);
        var services = await ListAsync(cancellationToken);
        return new JsonObject
        {
            ["lao"] = new JsonObject
            {
                ["code"] = lao.Code,
                ["name_th"] = lao.Name.Th,
                ["name_en"] = lao.Name.En,
                ["province_code"] = lao.ProvinceCode,
                ["url"] = site + "/",
                ["contact_email"] = lao.ContactEmail,
                ["contact_phone"] = lao.ContactPhone,
            },
            ["generated_at"] = CkanDocuments.Time(clock.GetUtcNow().UtcDateTime),
            ["services"] = new JsonArray([.. services.Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id,
                ["name_th"] = s.Name.Th,
                ["name_en"] = s.Name.En,
                ["description_th"] = s.Description.Th,
                ["description_en"] = s.Description.En,
                ["url"] = site + s.Path,
                ["url_en"] = $"{site}{s.Path}?culture={SupportedCultures.English}",
                ["apply_url"] = s.ApplyPath is { } apply ? site + apply : null,
                ["fee_th"] = s.Fee.Th,
                ["fee_en"] = s.Fee.En,
                ["fee_amount"] = s.FeeAmount,
                ["legal_days"] = s.LegalDays,
                ["legal_time_th"] = s.LegalDays is { } days ? $"{days} วัน นับแต่ได้รับคำขอและเอกสารครบถ้วน" : null,
                ["legal_time_en"] = s.LegalDays is { } d ? $"{d} days from a complete application" : null,
            })]),
        };
    }
}
