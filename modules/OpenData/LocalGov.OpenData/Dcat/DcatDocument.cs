using System.Globalization;
using System.Text.Json.Nodes;
using LocalGov.OpenData.Catalog;
using LocalGov.OpenData.Ckan;
using LocalGov.Platform.OpenData;

namespace LocalGov.OpenData.Dcat;

/// <summary>
/// The catalogue in W3C DCAT (version 2) as JSON-LD, the vocabulary CKAN's ckanext-dcat and the EU portals
/// harvest: each dataset a <c>dcat:Dataset</c> with Thai and English titles and descriptions (language-tagged),
/// keywords, publisher (<c>foaf:Organization</c>), contact point (vCard), licence, accrual periodicity (the EU
/// frequency vocabulary), temporal and spatial coverage, and one <c>dcat:Distribution</c> per resource with its
/// download URL and media type. <c>/open-data/{name}.jsonld</c> is one dataset; <c>/open-data/catalog.jsonld</c>
/// the <c>dcat:Catalog</c> of all of them.
/// </summary>
public sealed class DcatDocument(OpenDataCatalog catalog, CkanDocuments ckan)
{
    public const string ContentType = "application/ld+json; charset=utf-8";

    private static JsonObject Context() => new()
    {
        ["dcat"] = "http://www.w3.org/ns/dcat#",
        ["dct"] = "http://purl.org/dc/terms/",
        ["foaf"] = "http://xmlns.com/foaf/0.1/",
        ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
        ["skos"] = "http://www.w3.org/2004/02/skos/core#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        ["rdfs"] = "http://www.w3.org/2000/01/rdf-schema#",
    };

    public JsonObject Dataset(CatalogEntry entry) => new()
    {
        ["@context"] = Context(),
        ["@graph"] = new JsonArray([.. Nodes(entry)]),
    };

    public async Task<JsonObject> CatalogAsync(CancellationToken cancellationToken)
    {
        var entries = await catalog.EntriesAsync(cancellationToken);
        var graph = new JsonArray(new JsonObject
        {
            ["@id"] = $"{ckan.Site}/open-data/catalog.jsonld",
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = Texts("ข้อมูลเปิดองค์กรปกครองส่วนท้องถิ่น (LocalGov)", "Open data of local administrative organizations (LocalGov)"),
            ["dct:description"] = Texts("ชุดข้อมูลสถิติของ อปท. ที่ใช้ LocalGov", "Statistics of the LAOs on LocalGov"),
            ["foaf:homepage"] = Id($"{ckan.Site}/open-data"),
            ["dct:language"] = new JsonArray(Id("http://id.loc.gov/vocabulary/iso639-1/th"), Id("http://id.loc.gov/vocabulary/iso639-1/en")),
            ["dct:modified"] = Typed(CkanDocuments.Time(catalog.Modified), "xsd:dateTime"),
            ["dcat:dataset"] = new JsonArray([.. entries.Select(e => (JsonNode)Id(DatasetUri(e)))]),
        });
        foreach (var entry in entries)
        {
            foreach (var node in Nodes(entry))
            {
                graph.Add(node);
            }
        }
        return new JsonObject { ["@context"] = Context(), ["@graph"] = graph };
    }

    public string DatasetUri(CatalogEntry entry) => $"{ckan.Site}/open-data/{entry.Name}";

    private IEnumerable<JsonNode> Nodes(CatalogEntry entry)
    {
        var source = entry.Source;
        var publisher = entry.Publisher;
        var (from, to) = catalog.Coverage(entry);
        var publisherUri = $"{ckan.Site}/open-data/organization/{publisher.Name}";
        var distributions = CkanDocuments.Formats.Select(f => (Format: f, Uri: $"{DatasetUri(entry)}/resource/{CkanDocuments.ResourceId(entry, f.Extension)}")).ToList();
        var contact = new JsonObject
        {
            ["@type"] = "vcard:Organization",
            ["vcard:fn"] = publisher.Title.Th,
        };
        if (publisher.Lao?.ContactEmail is { Length: > 0 } email)
        {
            contact["vcard:hasEmail"] = Id("mailto:" + email);
        }
        if (publisher.Lao?.ContactPhone is { Length: > 0 } phone)
        {
            contact["vcard:hasTelephone"] = phone;
        }
        yield return new JsonObject
        {
            ["@id"] = DatasetUri(entry),
            ["@type"] = "dcat:Dataset",
            ["dct:identifier"] = entry.Id.ToString(),
            ["dct:title"] = Texts(entry.Title.Th, entry.Title.En),
            ["dct:description"] = Texts(source.Description.Th, source.Description.En),
            ["dcat:keyword"] = new JsonArray([.. source.Tags.Select(t => (JsonNode)JsonValue.Create(t))]),
            ["dct:publisher"] = Id(publisherUri),
            ["dcat:contactPoint"] = contact,
            ["dct:license"] = new JsonObject { ["@type"] = "dct:LicenseDocument", ["rdfs:label"] = CkanDocuments.LicenseTitle },
            ["dct:accrualPeriodicity"] = Id(source.Frequency == UpdateFrequency.Monthly
                ? "http://publications.europa.eu/resource/authority/frequency/MONTHLY"
                : "http://publications.europa.eu/resource/authority/frequency/ANNUAL"),
            ["dct:temporal"] = new JsonObject
            {
                ["@type"] = "dct:PeriodOfTime",
                ["dcat:startDate"] = Typed(Day(from), "xsd:date"),
                ["dcat:endDate"] = Typed(Day(to), "xsd:date"),
            },
            ["dct:spatial"] = new JsonObject
            {
                ["@type"] = "dct:Location",
                ["skos:prefLabel"] = publisher.Lao is { } lao
                    ? Texts($"{lao.Name.Th} (รหัสจังหวัด {lao.ProvinceCode})", $"{lao.Name.En} (province code {lao.ProvinceCode})")
                    : Texts("ประเทศไทย", "Thailand"),
            },
            ["dct:issued"] = Typed(CkanDocuments.Time(publisher.CreatedAt), "xsd:dateTime"),
            ["dct:modified"] = Typed(CkanDocuments.Time(catalog.Modified), "xsd:dateTime"),
            ["dcat:landingPage"] = Id(ckan.PageUrl(entry)),
            ["dcat:distribution"] = new JsonArray([.. distributions.Select(d => (JsonNode)Id(d.Uri))]),
        };
        yield return new JsonObject
        {
            ["@id"] = publisherUri,
            ["@type"] = "foaf:Organization",
            ["foaf:name"] = Texts(publisher.Title.Th, publisher.Title.En),
        };
        foreach (var (format, uri) in distributions)
        {
            var url = ckan.ResourceUrl(entry, format.Extension);
            yield return new JsonObject
            {
                ["@id"] = uri,
                ["@type"] = "dcat:Distribution",
                ["dct:title"] = Texts($"{entry.Title.Th} ({format.Format})", $"{entry.Title.En} ({format.Format})"),
                ["dcat:accessURL"] = Id(url),
                ["dcat:downloadURL"] = Id(url),
                ["dcat:mediaType"] = Id("http://www.iana.org/assignments/media-types/" + format.MimeType),
                ["dct:format"] = format.Format,
                ["dct:license"] = new JsonObject { ["@type"] = "dct:LicenseDocument", ["rdfs:label"] = CkanDocuments.LicenseTitle },
                ["dct:modified"] = Typed(CkanDocuments.Time(catalog.Modified), "xsd:dateTime"),
            };
        }
    }

    private static JsonObject Id(string uri) => new() { ["@id"] = uri };

    private static JsonObject Typed(string value, string type) => new() { ["@value"] = value, ["@type"] = type };

    private static JsonArray Texts(string th, string en) => new(
        new JsonObject { ["@value"] = th, ["@language"] = "th" },
        new JsonObject { ["@value"] = en, ["@language"] = "en" });

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
