using LocalGov.Platform.Localization;

namespace LocalGov.Tax.Rates;

/// <summary>
/// How a part of a property is used on 1 January, which decides its rate table (Land and Building Tax Act B.E. 2562
/// s.37, s.40, s.41). Residential splits three ways: the owner's main home with its land, the owner's main home on
/// someone else's land (house only), and any other residence.
/// </summary>
public enum LandUse
{
    Agricultural = 1,
    MainHome = 2,
    MainHomeHouseOnly = 3,
    ResidentialOther = 4,
    Other = 5,
    Vacant = 6,
}

public static class LandUses
{
    public static readonly IReadOnlyList<LandUse> All = Enum.GetValues<LandUse>();

    /// <summary>The name in the public API and CSV files: agricultural, main-home, main-home-house-only, residential-other, other, vacant.</summary>
    public static string Code(this LandUse use) => use switch
    {
        LandUse.Agricultural => "agricultural",
        LandUse.MainHome => "main-home",
        LandUse.MainHomeHouseOnly => "main-home-house-only",
        LandUse.ResidentialOther => "residential-other",
        LandUse.Other => "other",
        LandUse.Vacant => "vacant",
        _ => throw new ArgumentOutOfRangeException(nameof(use)),
    };

    public static LandUse? FromCode(string? code) =>
        All.Cast<LandUse?>().FirstOrDefault(u => string.Equals(u!.Value.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string CodeList => string.Join(", ", All.Select(Code));

    public static bool IsResidential(this LandUse use) => use is LandUse.MainHome or LandUse.MainHomeHouseOnly or LandUse.ResidentialOther;

    public static LocalizedText Name(this LandUse use) => use switch
    {
        LandUse.Agricultural => new("ประกอบเกษตรกรรม", "Agricultural"),
        LandUse.MainHome => new("บ้านหลังหลัก (เจ้าของที่ดินและบ้าน)", "Main home (land and house)"),
        LandUse.MainHomeHouseOnly => new("บ้านหลังหลัก (เป็นเจ้าของเฉพาะบ้าน)", "Main home (house only)"),
        LandUse.ResidentialOther => new("อยู่อาศัยอื่น", "Other residential"),
        LandUse.Other => new("อื่น ๆ (พาณิชย์ อุตสาหกรรม)", "Other (commercial, industrial)"),
        LandUse.Vacant => new("ทิ้งไว้ว่างเปล่า", "Vacant or unused"),
        _ => throw new ArgumentOutOfRangeException(nameof(use)),
    };

    /// <summary>The bill line head of a category, so collections can be counted by category.</summary>
    public static string Head(this LandUse use) => "LBT-" + use.Code().ToUpperInvariant();

    public static LandUse? FromHead(string head) => All.Cast<LandUse?>().FirstOrDefault(u => u!.Value.Head() == head);
}
