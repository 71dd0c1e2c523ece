using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Tax.Registry;

public enum PriceKind
{
    /// <summary>Treasury appraisal price of land per square wa, by zone.</summary>
    LandZone = 1,
    /// <summary>Standard construction price per m², by building type.</summary>
    BuildingType = 2,
    /// <summary>Treasury appraisal price of a condominium unit per m², by project.</summary>
    CondoProject = 3,
}

/// <summary>
/// A price the LAO values with, from the year it takes effect (Treasury rounds last four years: a price of 2023
/// values 2023–2026 until a newer one is entered).
/// </summary>
public sealed class AppraisalPrice : Entity, IMultiTenant
{
    public const int MaxCode = 30;

    private AppraisalPrice() { } // EF Core

    internal AppraisalPrice(PriceKind kind, string code, int fromYear, decimal price, string name)
    {
        Kind = kind;
        Code = code;
        FromYear = fromYear;
        Price = price;
        Name = name;
    }

    public Guid TenantId { get; private set; }
    public PriceKind Kind { get; private set; }
    public string Code { get; private set; } = "";
    public int FromYear { get; private set; }
    public decimal Price { get; internal set; }
    /// <summary>What the code means: "ซอยวัดใหม่ ช่วงที่ 1", "บ้านเดี่ยว คอนกรีต 1 ชั้น".</summary>
    public string Name { get; internal set; } = "";

    public static LocalizedText KindName(PriceKind kind) => kind switch
    {
        PriceKind.LandZone => new("ราคาประเมินที่ดิน (บาท/ตร.ว.)", "Land appraisal (baht per sq wa)"),
        PriceKind.BuildingType => new("ราคาสิ่งปลูกสร้าง (บาท/ตร.ม.)", "Building standard price (baht per m²)"),
        _ => new("ราคาประเมินห้องชุด (บาท/ตร.ม.)", "Condominium appraisal (baht per m²)"),
    };
}
