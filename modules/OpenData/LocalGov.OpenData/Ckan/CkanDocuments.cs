using System.Globalization;
using System.Text.Json.Nodes;
using LocalGov.OpenData.Catalog;
using LocalGov.Platform.OpenData;
using LocalGov.Platform.Web;

namespace LocalGov.OpenData.Ckan;

/// <summary>
/// The catalogue in CKAN's own dictionaries (CKAN 2.10 field names: package, organization, resource, tag, extras),
/// plus the metadata data.go.th asks for as extras, in the key names of its CKAN extension (ckanext-thai-gdc):
/// <c>update_frequency_unit</c>/<c>update_frequency_interval</c>, <c>geo_coverage</c>, <c>data_type</c>,
/// <c>data_category</c>, <c>data_format</c>, <c>data_language</c>; our own for the rest (<c>title_en</c>,
/// <c>notes_en</c>, <c>temporal_coverage_start</c>/<c>_end</c>, <c>spatial_coverage</c>). Every URL is absolute,
/// from the configured public address (<see cref="PublicUrls"/>).
/// </summary>
public sealed class CkanDocuments(OpenDataCatalog catalog, PublicUrls urls)
{
    /// <summary>data.go.th's licence for government open data (สัญญาอนุญาตให้ใช้ข้อมูลเปิด).</summary>
    public const string LicenseId = "Open-Data-Common";
    public const string LicenseTitle = "Open Data Common";

    public static readonly (string Format, string Extension, string MimeType)[] Formats =
        [("CSV", "csv", "text/csv"), ("JSON", "json", "application/json")];

    public string Site => urls.Site;

    public string ResourceUrl(CatalogEntry entry, string extension) => $"{Site}/open-data/{entry.Name}.{extension}";

    public string DcatUrl(CatalogEntry entry) => $"{Site}/open-data/{entry.Name}.jsonld";

    public string PageUrl(CatalogEntry entry) => $"{Site}/open-data#{entry.Name}";

    public static Guid ResourceId(CatalogEntry entry, string extension) => OpenDataCatalog.StableId($"{entry.Name}.{extension}");

    public JsonObject Organization(Publisher publisher, int packageCount, IEnumerable<JsonNode>? packages = null)
    {
        var organization = new JsonObject
        {
            ["id"] = publisher.Id.ToString(),
            ["name"] = publisher.Name,
            ["title"] = publisher.Title.Th,
            ["display_name"] = publisher.Title.Th,
            ["title_en"] = publisher.Title.En,
            ["description"] = $"{publisher.Description.Th}\n\n{publisher.Description.En}",
            ["type"] = "organization",
            ["is_organization"] = true,
            ["state"] = "active",
            ["approval_status"] = "approved",
            ["image_url"] = "",
            ["created"] = Time(publisher.CreatedAt),
            ["package_count"] = packageCount,
            ["num_followers"] = 0,
            ["extras"] = Extras(publisher.Lao is { } lao
                ? [("lao_code", lao.Code), ("province_code", lao.ProvinceCode), ("website", urls.ForTenant(lao)),
                    ("contact_email", lao.ContactEmail ?? ""), ("contact_phone", lao.ContactPhone ?? "")]
                : [("website", Site + "/open-data")]),
        };
        if (packages is not null)
        {
            organization["packages"] = new JsonArray([.. packages]);
        }
        return organization;
    }

    public JsonObject Package(CatalogEntry entry, int? organizationPackageCount = null)
    {
        var source = entry.Source;
        var publisher = entry.Publisher;
        var (from, to) = catalog.Coverage(entry);
        var modified = Time(catalog.Modified);
        var contactEmail = publisher.Lao?.ContactEmail ?? "";
        var frequency = source.Frequency == UpdateFrequency.Monthly ? ("เดือน", "monthly") : ("ปี", "yearly");
        var spatial = publisher.Lao is { } lao
            ? ($"{lao.Name.Th} (รหัสจังหวัด {lao.ProvinceCode})", $"{lao.Name.En} (province code {lao.ProvinceCode})")
            : ("ทุกองค์กรปกครองส่วนท้องถิ่นที่เผยแพร่ในระบบนี้", "Every LAO publishing on this system");
        var resources = Formats.Select((f, i) => (JsonNode)Resource(entry, f.Extension, i)).ToList();
        var tags = source.Tags.Select(t => (JsonNode)new JsonObject
        {
            ["id"] = OpenDataCatalog.StableId("tag:" + t).ToString(),
            ["name"] = t,
            ["display_name"] = t,
            ["state"] = "active",
            ["vocabulary_id"] = null,
        }).ToList();
        return new JsonObject
        {
            ["id"] = entry.Id.ToString(),
            ["name"] = entry.Name,
            ["title"] = entry.Title.Th,
            ["notes"] = $"{source.Description.Th}\n\n{source.Description.En}",
            ["type"] = "dataset",
            ["state"] = "active",
            ["private"] = false,
            ["isopen"] = true,
            ["version"] = null,
            ["url"] = PageUrl(entry),
            ["author"] = publisher.Title.Th,
            ["author_email"] = contactEmail,
            ["maintainer"] = publisher.Title.Th,
            ["maintainer_email"] = contactEmail,
            ["license_id"] = LicenseId,
            ["license_title"] = LicenseTitle,
            ["license_url"] = null,
            ["metadata_created"] = Time(publisher.CreatedAt),
            ["metadata_modified"] = modified,
            ["owner_org"] = publisher.Id.ToString(),
            ["organization"] = Organization(publisher, organizationPackageCount ?? 0),
            ["num_resources"] = resources.Count,
            ["num_tags"] = tags.Count,
            ["resources"] = new JsonArray([.. resources]),
            ["tags"] = new JsonArray([.. tags]),
            ["groups"] = new JsonArray(),
            ["relationships_as_object"] = new JsonArray(),
            ["relationships_as_subject"] = new JsonArray(),
            ["extras"] = Extras(
            [
                ("title_en", entry.Title.En),
                ("notes_en", source.Description.En),
                ("publisher", publisher.Title.Th),
                ("publisher_en", publisher.Title.En),
                ("contact_email", contactEmail),
                ("contact_phone", publisher.Lao?.ContactPhone ?? ""),
                ("data_type", "ข้อมูลสถิติ"),
                ("data_category", "ข้อมูลสาธารณะ"),
                ("data_format", string.Join(", ", Formats.Select(f => f.Format))),
                ("data_language", "ไทย, อังกฤษ"),
                ("update_frequency_unit", frequency.Item1),
                ("update_frequency_interval", "1"),
                ("frequency", frequency.Item2),
                ("geo_coverage", publisher.IsNational ? "ประเทศ" : "ท้องถิ่น"),
                ("spatial_coverage", spatial.Item1),
                ("spatial_coverage_en", spatial.Item2),
                ("temporal_coverage_start", Day(from)),
                ("temporal_coverage_end", Day(to)),
                ("dcat_jsonld", DcatUrl(entry)),
            ]),
        };
    }

    public JsonObject Resource(CatalogEntry entry, string extension, int? position = null)
    {
        var index = Array.FindIndex(Formats, f => f.Extension == extension);
        var format = Formats[index];
        return new JsonObject
        {
            ["id"] = ResourceId(entry, extension).ToString(),
            ["package_id"] = entry.Id.ToString(),
            ["name"] = $"{entry.Title.Th} ({format.Format})",
            ["name_en"] = $"{entry.Title.En} ({format.Format})",
            ["description"] = format.Format == "CSV"
                ? "CSV (UTF-8) หัวตารางเป็นชื่อคอลัมน์ภาษาอังกฤษ / CSV (UTF-8) with English column names"
                : "JSON: fields (ชนิดและคำอธิบายไทย/อังกฤษ) และ records / JSON: fields (types, Thai and English labels) and records",
            ["format"] = format.Format,
            ["mimetype"] = format.MimeType,
            ["url"] = ResourceUrl(entry, extension),
            ["url_type"] = null,
            ["state"] = "active",
            ["position"] = position ?? index,
            ["created"] = Time(entry.Publisher.CreatedAt),
            ["last_modified"] = Time(catalog.Modified),
            ["metadata_modified"] = Time(catalog.Modified),
            ["datastore_active"] = false,
            ["hash"] = "",
            ["size"] = null,
        };
    }

    /// <summary>CKAN writes times as ISO 8601 without a zone, in UTC, with microseconds.</summary>
    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonArray Extras(IEnumerable<(string Key, string Value)> pairs) =>
        new([.. pairs.Select(p => (JsonNode)new JsonObject { ["key"] = p.Key, ["value"] = p.Value })]);
}
