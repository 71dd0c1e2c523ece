using LocalGov.OpenData.Catalog;
using LocalGov.OpenData.Ckan;
using LocalGov.OpenData.Services;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.OpenData;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Authorization;

namespace LocalGov.OpenData.Areas.OpenData.Pages;

/// <summary>
/// The open-data catalogue for people: the same datasets the CKAN API lists, by publisher, each with its
/// description, coverage, licence and its CSV, JSON and DCAT links. Inside an LAO (<c>/t/{code}/open-data</c>) only
/// that LAO's datasets and its service catalogue; at host level every publisher and the national roll-up.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(OpenDataCatalog catalog, CkanDocuments documents, ICurrentTenant currentTenant) : LocalGovPageModel
{
    public IReadOnlyList<(Publisher Publisher, IReadOnlyList<CatalogEntry> Entries)> Groups { get; private set; } = [];

    public TenantInfo? Lao => currentTenant.Tenant;

    // In-page links are relative (the address the reader came by); the documents themselves name the configured site.
    public string ApiUrl => OnThisSite(documents.Site + "/api/3/action/package_list");

    public string CatalogUrl => OnThisSite(documents.Site + "/open-data/catalog.jsonld");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var entries = await catalog.EntriesAsync(cancellationToken);
        Groups = [.. (await catalog.PublishersAsync(cancellationToken))
            .Where(p => Lao is null || p.Lao?.Id == Lao.Id)
            .Select(p => (p, (IReadOnlyList<CatalogEntry>)[.. entries.Where(e => e.Publisher == p)]))];
    }

    public string Text(LocalizedText text) => IsThai ? text.Th : text.En;

    public string ResourceUrl(CatalogEntry entry, string extension) => OnThisSite(documents.ResourceUrl(entry, extension));

    public string Dcat(CatalogEntry entry) => OnThisSite(documents.DcatUrl(entry));

    /// <summary>The keywords in the reader's language: the catalogue lists both, for search in either.</summary>
    public string Keywords(CatalogEntry entry) =>
        string.Join(", ", entry.Source.Tags.Where(t => t.AsSpan().ContainsAnyInRange('\u0E00', '\u0E7F') == IsThai));

    private static string OnThisSite(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : url;

    public (DateOnly From, DateOnly To) Coverage(CatalogEntry entry) => catalog.Coverage(entry);

    public string Frequency(CatalogEntry entry) => entry.Source.Frequency == UpdateFrequency.Monthly ? T("รายเดือน", "Monthly") : T("รายปี", "Yearly");
}
