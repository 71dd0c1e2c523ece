using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Complaints.Categories;

/// <summary>
/// A kind of complaint one LAO handles (street lights, drainage, corruption…): who answers it, how fast, and what
/// Open311 calls it. Seeded from DOMAIN.md for a new LAO; the LAO admin edits its own.
/// </summary>
public sealed class Category : Entity, IMultiTenant, IHasConcurrencyStamp
{
    private Category() { } // EF Core

    public Category(string code, string nameTh, string nameEn)
    {
        Code = code;
        NameTh = nameTh;
        NameEn = nameEn;
    }

    public Guid TenantId { get; set; }

    /// <summary>The Open311 <c>service_code</c>: lower-case letters, digits and dashes, unique in the LAO.</summary>
    public string Code { get; set; } = "";
    public string NameTh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string? DescriptionTh { get; set; }
    public string? DescriptionEn { get; set; }

    /// <summary>The department that answers it (กองช่าง, กองสาธารณสุขฯ…).</summary>
    public string Department { get; set; } = "";

    /// <summary>Hours from filing to the due time.</summary>
    public int SlaHours { get; set; } = 120;

    /// <summary>Corruption and the like: only the Complaints.Confidential permission sees them; never public.</summary>
    public bool Confidential { get; set; }

    /// <summary>Open complaints of this category within this many metres are offered as duplicates; 0 turns it off.</summary>
    public int DuplicateRadiusMeters { get; set; } = 100;

    /// <summary>Open311 <c>keywords</c>: comma-separated.</summary>
    public string? Keywords { get; set; }

    /// <summary>Open311 <c>group</c>.</summary>
    public string? Group { get; set; }

    /// <summary>Inactive categories take no new complaints and leave the Open311 service list.</summary>
    public bool Active { get; set; } = true;

    public int SortOrder { get; set; }

    public List<CategoryAttribute> Attributes { get; private set; } = [];

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public LocalizedText Name => new(NameTh, NameEn);

    public string? Description(bool thai) => thai ? DescriptionTh ?? DescriptionEn : DescriptionEn ?? DescriptionTh;
}

/// <summary>Open311 attribute datatypes, spelled as the spec spells them.</summary>
public enum AttributeDatatype
{
    String,
    Number,
    Datetime,
    Text,
    Singlevaluelist,
    Multivaluelist,
}

/// <summary>
/// An extra question a category asks (Open311 service definition attribute), e.g. "pole number" for street lights.
/// </summary>
public sealed class CategoryAttribute
{
    public int Order { get; set; }

    /// <summary>Open311 <c>code</c>: letters, digits, dashes and underscores.</summary>
    public string Code { get; set; } = "";
    public AttributeDatatype Datatype { get; set; }
    public bool Required { get; set; }

    /// <summary>False for an informational attribute (Open311 <c>variable=false</c>): shown, never answered.</summary>
    public bool Variable { get; set; } = true;

    /// <summary>The question, in Thai and English.</summary>
    public string DescriptionTh { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public string? DatatypeDescription { get; set; }

    /// <summary>For list types: one <c>key=name</c> per line.</summary>
    public string? Values { get; set; }

    public IReadOnlyList<(string Key, string Name)> ValueList =>
        [.. (Values ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2) is [var key, var name] ? (key.Trim(), name.Trim()) : (line, line))];

    public static string OpenDatatype(AttributeDatatype datatype) => datatype.ToString().ToLowerInvariant();
}
