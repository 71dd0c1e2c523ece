namespace LocalGov.Complaints.Categories;

/// <summary>
/// The categories a new LAO starts with (DOMAIN.md, "Complaints"): Thai and English names, the department that
/// usually answers, and an SLA of 5 days (3 for hazards). The LAO admin edits them afterwards.
/// </summary>
internal static class DefaultCategories
{
    public const string Other = "other";

    private const string Engineering = "กองช่าง";
    private const string Health = "กองสาธารณสุขและสิ่งแวดล้อม";
    private const string Clerk = "สำนักปลัด";

    public static IReadOnlyList<Category> Create()
    {
        var list = new List<Category>
        {
            Make("street-light", "ไฟฟ้าส่องสว่างชำรุด", "Street light out", Engineering, 72, "ไฟ,ไฟฟ้า,เสาไฟ,light,lamp", "infrastructure",
                new CategoryAttribute
                {
                    Code = "pole_number", Datatype = AttributeDatatype.String, Required = false,
                    DescriptionTh = "หมายเลขเสาไฟ (ถ้าเห็น)", DescriptionEn = "Pole number, if you can see it",
                }),
            Make("road", "ถนน ทางเท้าชำรุด", "Roads and footpaths", Engineering, 120, "ถนน,หลุม,ทางเท้า,pothole,road", "infrastructure"),
            Make("garbage", "ขยะไม่ได้จัดเก็บ", "Garbage not collected", Health, 72, "ขยะ,garbage,rubbish,waste", "environment"),
            Make("drainage", "ท่อระบายน้ำอุดตัน น้ำท่วมขัง", "Drainage and flooding", Engineering, 72, "ท่อ,น้ำท่วม,flood,drain", "infrastructure"),
            Make("nuisance", "เหตุรำคาญ (เสียง กลิ่น ควัน)", "Nuisance (noise, smell, smoke)", Health, 120, "เสียง,กลิ่น,ควัน,noise,smell,smoke", "environment",
                new CategoryAttribute
                {
                    Code = "kind", Datatype = AttributeDatatype.Singlevaluelist, Required = true,
                    DescriptionTh = "ประเภทเหตุรำคาญ", DescriptionEn = "Kind of nuisance",
                    Values = "noise=เสียง / Noise\nsmell=กลิ่น / Smell\nsmoke=ควัน / Smoke\nother=อื่น ๆ / Other",
                }),
            Make("tree", "ต้นไม้ กิ่งไม้", "Trees", Engineering, 120, "ต้นไม้,กิ่ง,tree,branch", "environment"),
            Make("stray-animal", "สัตว์จรจัด", "Stray animals", Health, 120, "สุนัข,แมว,dog,cat,animal", "environment"),
            Make("water-supply", "น้ำประปา", "Water supply", Engineering, 72, "ประปา,น้ำ,water,pipe", "infrastructure"),
            Make("corruption", "ทุจริตและประพฤติมิชอบ", "Corruption and misconduct", Clerk, 120, "ทุจริต,corruption,bribe", "integrity"),
            Make(Other, "เรื่องอื่น ๆ", "Something else", Clerk, 120, null, "other"),
        };
        list.Single(c => c.Code == "corruption").Confidential = true;
        list.Single(c => c.Code == "corruption").DuplicateRadiusMeters = 0;
        list.Single(c => c.Code == Other).DuplicateRadiusMeters = 0;
        for (var i = 0; i < list.Count; i++)
        {
            list[i].SortOrder = (i + 1) * 10;
        }
        return list;
    }

    private static Category Make(string code, string th, string en, string department, int slaHours, string? keywords, string group,
        params CategoryAttribute[] attributes)
    {
        var category = new Category(code, th, en) { Department = department, SlaHours = slaHours, Keywords = keywords, Group = group };
        for (var i = 0; i < attributes.Length; i++)
        {
            attributes[i].Order = i + 1;
            category.Attributes.Add(attributes[i]);
        }
        return category;
    }
}
