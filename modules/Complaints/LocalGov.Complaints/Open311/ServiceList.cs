using LocalGov.Complaints.Categories;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Open311;

/// <summary>
/// What an app reads before filing: discovery (Open311 Service Discovery), the service list (the LAO's active,
/// non-confidential categories) and one service's definition (its attributes). Every service is
/// <c>realtime</c>: the tracking code comes back at once.
/// </summary>
internal sealed class ServiceList(LocalGovDbContext db, ICurrentTenant currentTenant, PublicUrls urls)
{
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    /// <summary>When this API last changed (discovery's <c>changeset</c>).</summary>
    public static readonly DateTime Changeset = new(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc);

    public static LocalizedText UnknownService(string code) =>
        new($"ไม่พบ service_code {code} ในหน่วยงานนี้", $"service_code {code} was not found in this jurisdiction.");

    /// <summary>Discovery reads only the cached LAO (its name and public contact): no query.</summary>
    public Task<Open311Document> DiscoveryAsync(bool thai, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (currentTenant.Tenant is not { } tenant)
        {
            return Task.FromResult(HostDiscovery(thai));
        }
        var site = urls.ForTenant(tenant);
        var name = thai ? tenant.Name.Th : tenant.Name.En;
        var reach = string.Join(", ", new[] { tenant.ContactEmail, tenant.ContactPhone }.Where(v => !string.IsNullOrEmpty(v)));
        return Task.FromResult(new Open311Document("discovery", Open311Node.Object(
            ("changeset", Open311Node.Text(Open311Dates.Format(Changeset))),
            ("contact", Open311Node.Text(reach.Length > 0 ? $"{name}: {reach}" : $"{name}: {site}/")),
            ("key_service", Open311Node.Text(thai
                ? $"ขอกุญแจ API (api_key) สำหรับยื่นเรื่องได้จากผู้ดูแลระบบของ{name} ซึ่งออกกุญแจที่ {site}/admin/open311"
                : $"Ask the administrator of {name} for an API key (api_key) to file requests; they issue keys at {site}/admin/open311.")),
            ("endpoints", Open311Node.List("endpoint", [Endpoint(site)])))));
    }

    /// <summary>
    /// Discovery with no LAO named: the one endpoint every LAO shares, and how to name one (<c>jurisdiction_id</c>).
    /// </summary>
    private Open311Document HostDiscovery(bool thai)
    {
        var site = urls.Site.TrimEnd('/');
        return new Open311Document("discovery", Open311Node.Object(
            ("changeset", Open311Node.Text(Open311Dates.Format(Changeset))),
            ("contact", Open311Node.Text(thai
                ? $"LocalGov: {site}/ ระบุหน่วยงานด้วย jurisdiction_id (รหัสหน่วยงาน เช่น demo-city หรือโดเมนของหน่วยงาน)"
                : $"LocalGov: {site}/ Name the local government with jurisdiction_id (its code, e.g. demo-city, or its domain).")),
            ("key_service", Open311Node.Text(thai
                ? "ขอกุญแจ API (api_key) สำหรับยื่นเรื่องได้จากผู้ดูแลระบบของหน่วยงานที่ต้องการยื่นเรื่อง (หน้า /admin/open311 ของหน่วยงาน)"
                : "Ask the administrator of the local government you file with for an API key (api_key); they issue keys on its /admin/open311 page.")),
            ("endpoints", Open311Node.List("endpoint", [Endpoint(site)]))));
    }

    private static Open311Node Endpoint(string site) => Open311Node.Object(
        ("specification", Open311Node.Text(Specification)),
        ("url", Open311Node.Text($"{site}{Open311Api.Prefix}/")),
        ("changeset", Open311Node.Text(Open311Dates.Format(Changeset))),
        ("type", Open311Node.Text("production")),
        ("formats", Open311Node.List("format", [Open311Node.Text("text/xml"), Open311Node.Text("application/json")])));

    public async Task<Open311Document> ServicesAsync(bool thai, CancellationToken cancellationToken)
    {
        var categories = await db.Set<Category>().AsNoTracking().Where(c => c.Active && !c.Confidential)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(cancellationToken);
        return new Open311Document("services", Open311Node.List("service", categories.Select(c => Open311Node.Object(
            ("service_code", Open311Node.Text(c.Code)),
            ("service_name", Open311Node.Text(thai ? c.NameTh : c.NameEn)),
            ("description", Open311Node.Text(c.Description(thai))),
            ("metadata", Open311Node.Flag(c.Attributes.Count > 0)),
            ("type", Open311Node.Text("realtime")),
            ("keywords", Open311Node.Text(c.Keywords)),
            ("group", Open311Node.Text(c.Group))))));
    }

    /// <summary>The definition of an active, non-confidential service, or null (404).</summary>
    public async Task<Open311Document?> DefinitionAsync(string code, bool thai, CancellationToken cancellationToken)
    {
        var category = await db.Set<Category>().AsNoTracking()
            .SingleOrDefaultAsync(c => c.Code == code && c.Active && !c.Confidential, cancellationToken);
        if (category is null)
        {
            return null;
        }
        return new Open311Document("service_definition", Open311Node.Object(
            ("service_code", Open311Node.Text(category.Code)),
            ("attributes", Open311Node.List("attribute", category.Attributes.OrderBy(a => a.Order).Select(a => Attribute(a, thai))))));
    }

    private static Open311Node Attribute(CategoryAttribute attribute, bool thai)
    {
        var fields = new List<(string, Open311Node)>
        {
            ("variable", Open311Node.Flag(attribute.Variable)),
            ("code", Open311Node.Text(attribute.Code)),
            ("datatype", Open311Node.Text(CategoryAttribute.OpenDatatype(attribute.Datatype))),
            ("required", Open311Node.Flag(attribute.Required)),
            ("datatype_description", Open311Node.Text(attribute.DatatypeDescription)),
            ("order", Open311Node.Number(attribute.Order)),
            ("description", Open311Node.Text(thai ? attribute.DescriptionTh : attribute.DescriptionEn)),
        };
        if (attribute.Datatype is AttributeDatatype.Singlevaluelist or AttributeDatatype.Multivaluelist)
        {
            fields.Add(("values", Open311Node.List("value", attribute.ValueList.Select(v => Open311Node.Object(
                ("key", Open311Node.Text(v.Key)), ("name", Open311Node.Text(v.Name)))))));
        }
        return new ObjectNode(fields);
    }
}
