using System.Text.RegularExpressions;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Categories;

/// <summary>What the category form posts.</summary>
public sealed class CategoryForm
{
    public string? Code { get; set; }
    public string? NameTh { get; set; }
    public string? NameEn { get; set; }
    public string? DescriptionTh { get; set; }
    public string? DescriptionEn { get; set; }
    public string? Department { get; set; }
    public int SlaHours { get; set; } = 120;
    public bool Confidential { get; set; }
    public int DuplicateRadiusMeters { get; set; } = 100;
    public string? Keywords { get; set; }
    public string? Group { get; set; }
    public bool Active { get; set; } = true;
    public int SortOrder { get; set; } = 100;
    public string? Stamp { get; set; }
    public List<AttributeForm> Attributes { get; set; } = [];
}

public sealed class AttributeForm
{
    public string? Code { get; set; }
    public AttributeDatatype Datatype { get; set; }
    public bool Required { get; set; }
    public string? DescriptionTh { get; set; }
    public string? DescriptionEn { get; set; }
    public string? Values { get; set; }
    public bool Remove { get; set; }
}

/// <summary>
/// Creates and edits an LAO's categories with every rule checked first: the Open311 code is fixed once made
/// (outside apps file by it), names are required, the SLA is 1 hour to 1 year, list questions have answers.
/// </summary>
public sealed partial class CategoryEditor(LocalGovDbContext db)
{
    public async Task<Category> SaveAsync(string? existingCode, CategoryForm form, CancellationToken cancellationToken)
    {
        Category category;
        if (existingCode is null)
        {
            var code = (form.Code ?? "").Trim().ToLowerInvariant();
            if (!CodePattern().IsMatch(code))
            {
                throw Bad("รหัสใช้อักษรอังกฤษตัวเล็ก ตัวเลข และขีด (-) ไม่เกิน 50 ตัว เช่น street-light",
                    "The code takes lower-case letters, digits and dashes, up to 50, e.g. street-light.", "Code");
            }
            if (await db.Set<Category>().AnyAsync(c => c.Code == code, cancellationToken))
            {
                throw Bad($"มีหมวดรหัส {code} อยู่แล้ว", $"A category with the code {code} already exists.", "Code");
            }
            category = new Category(code, "", "");
            db.Add(category);
        }
        else
        {
            category = await db.Set<Category>().SingleOrDefaultAsync(c => c.Code == existingCode, cancellationToken)
                ?? throw new BusinessRuleException(new("ไม่พบหมวดนี้", "No such category."), null, 404);
            if (!string.IsNullOrEmpty(form.Stamp))
            {
                db.Entry(category).Property(c => c.ConcurrencyStamp).OriginalValue = form.Stamp;
            }
        }

        category.NameTh = Required(form.NameTh, 200, "NameTh", new("ชื่อภาษาไทย", "The Thai name"));
        category.NameEn = Required(form.NameEn, 200, "NameEn", new("ชื่อภาษาอังกฤษ", "The English name"));
        category.DescriptionTh = Optional(form.DescriptionTh, 1000, "DescriptionTh", new("คำอธิบายภาษาไทย", "The Thai description"));
        category.DescriptionEn = Optional(form.DescriptionEn, 1000, "DescriptionEn", new("คำอธิบายภาษาอังกฤษ", "The English description"));
        category.Department = Required(form.Department, 200, "Department", new("กองที่รับผิดชอบ", "The department"));
        category.Keywords = Optional(form.Keywords, 500, "Keywords", new("คำค้น", "The keywords"));
        category.Group = Optional(form.Group, 100, "Group", new("กลุ่ม", "The group"));
        if (form.SlaHours is < 1 or > 8760)
        {
            throw Bad("ระยะเวลาดำเนินการ 1 ถึง 8,760 ชั่วโมง", "The SLA is 1 to 8,760 hours.", "SlaHours");
        }
        if (form.DuplicateRadiusMeters is < 0 or > 5000)
        {
            throw Bad("รัศมีเรื่องซ้ำ 0 ถึง 5,000 เมตร", "The duplicate radius is 0 to 5,000 metres.", "DuplicateRadiusMeters");
        }
        category.SlaHours = form.SlaHours;
        category.DuplicateRadiusMeters = form.DuplicateRadiusMeters;
        category.Confidential = form.Confidential;
        category.Active = form.Active;
        category.SortOrder = form.SortOrder;

        var attributes = new List<CategoryAttribute>();
        foreach (var a in form.Attributes.Where(a => !a.Remove && !string.IsNullOrWhiteSpace(a.Code)))
        {
            var code = a.Code!.Trim();
            if (!AttributeCodePattern().IsMatch(code))
            {
                throw Bad($"รหัสคำถาม {code} ใช้อักษรอังกฤษ ตัวเลข _ และ - ไม่เกิน 50 ตัว",
                    $"The question code {code} takes letters, digits, _ and -, up to 50.", "Attributes");
            }
            if (attributes.Any(x => x.Code == code))
            {
                throw Bad($"รหัสคำถาม {code} ซ้ำ", $"The question code {code} is used twice.", "Attributes");
            }
            var attribute = new CategoryAttribute
            {
                Order = attributes.Count + 1,
                Code = code,
                Datatype = a.Datatype,
                Required = a.Required,
                DescriptionTh = Required(a.DescriptionTh, 500, "Attributes", new($"คำถาม {code} ภาษาไทย", $"The Thai question of {code}")),
                DescriptionEn = Required(a.DescriptionEn, 500, "Attributes", new($"คำถาม {code} ภาษาอังกฤษ", $"The English question of {code}")),
                Values = Optional(a.Values?.Replace("\r", "", StringComparison.Ordinal), 4000, "Attributes", new($"ตัวเลือกของ {code}", $"The choices of {code}")),
            };
            if (a.Datatype is AttributeDatatype.Singlevaluelist or AttributeDatatype.Multivaluelist)
            {
                var keys = attribute.ValueList.Select(v => v.Key).ToList();
                if (keys.Count == 0 || keys.Distinct(StringComparer.Ordinal).Count() != keys.Count)
                {
                    throw Bad($"คำถาม {code} เป็นแบบเลือก ใส่ตัวเลือกบรรทัดละหนึ่งแบบ รหัส=ชื่อ และรหัสต้องไม่ซ้ำ",
                        $"The question {code} is a list: give one choice per line as key=name, with distinct keys.", "Attributes");
                }
            }
            else
            {
                attribute.Values = null;
            }
            attributes.Add(attribute);
        }
        category.Attributes.Clear();
        category.Attributes.AddRange(attributes);
        await db.SaveChangesAsync(cancellationToken);
        return category;
    }

    private static string Required(string? value, int max, string field, LocalizedText what) =>
        Optional(value, max, field, what) ?? throw Bad($"กรอก{what.Th}", $"{what.En} is required.", field);

    private static string? Optional(string? value, int max, string field, LocalizedText what)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return text is { Length: var n } && n > max
            ? throw Bad($"{what.Th}ยาวเกิน {max} ตัวอักษร", $"{what.En} is longer than {max} characters.", field)
            : text;
    }

    private static BusinessRuleException Bad(string th, string en, string field) => new(new LocalizedText(th, en), field);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,49}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,50}$")]
    private static partial Regex AttributeCodePattern();
}
