using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Tax.Rates;

namespace LocalGov.Tax.Registry;

public enum PropertyKind
{
    Land = 1,
    Building = 2,
    CondoUnit = 3,
}

public enum DeedType
{
    /// <summary>โฉนดที่ดิน</summary>
    Chanote = 1,
    /// <summary>น.ส.3 ก.</summary>
    NorSor3Kor = 2,
    /// <summary>น.ส.3</summary>
    NorSor3 = 3,
    /// <summary>ส.ค.1</summary>
    SorKor1 = 4,
    Other = 9,
}

/// <summary>
/// How a part of a property is used on 1 January: its use, how much of the property's area it covers (square wa
/// for land, m² for buildings and units), and for vacant land how many consecutive years it has stood vacant.
/// </summary>
public sealed record UsePart(LandUse Use, decimal Area, int YearsVacant = 0);

/// <summary>
/// What valuing a property reads (<see cref="PropertyValuation"/>): a whole <see cref="TaxProperty"/>, or only these
/// columns where the annual run reads a whole roll.
/// </summary>
public interface IValuableProperty
{
    Guid Id { get; }
    string Code { get; }
    PropertyKind Kind { get; }
    string Location { get; }
    /// <summary>The area the uses split: square wa for land, m² otherwise.</summary>
    decimal Area { get; }
    /// <summary>Appraisal zone (land), building type or condominium project whose price values the property.</summary>
    string? PriceCode { get; }
    string? Material { get; }
    int? YearBuilt { get; }
    IReadOnlyList<UsePart> Uses { get; }
}

/// <summary>
/// One thing the tax is on: a land parcel (deed, area in rai-ngan-square wa, price zone), a building (type, floor
/// area, year built, construction) or a condominium unit (project, area). Its value in a year comes from the LAO's
/// appraisal prices (<see cref="AppraisalPrice"/>); its uses split that value by area.
/// </summary>
public sealed class TaxProperty : Entity, IMultiTenant, IHasConcurrencyStamp, IValuableProperty
{
    public const int MaxCode = 30;
    public const int MaxText = 200;

    private TaxProperty() { } // EF Core

    internal TaxProperty(string code, PropertyKind kind)
    {
        Code = code;
        Kind = kind;
    }

    public Guid TenantId { get; private set; }
    /// <summary>The LAO's survey code of the property (รหัสแปลง / รหัสสิ่งปลูกสร้าง), unique in the LAO.</summary>
    public string Code { get; private set; } = "";
    public PropertyKind Kind { get; private set; }
    /// <summary>House number, moo, soi, road as written on the notice.</summary>
    public string Location { get; internal set; } = "";
    public string? Subdistrict { get; internal set; }

    // land
    public DeedType? DeedType { get; internal set; }
    public string? DeedNumber { get; internal set; }
    public decimal? AreaSquareWa { get; internal set; }
    /// <summary>Appraisal zone (land) whose price per square wa values the parcel.</summary>
    public string? PriceCode { get; internal set; }

    // building and condominium unit
    /// <summary>The parcel a building stands on, when the LAO knows it.</summary>
    public Guid? ParcelId { get; internal set; }
    public string? Material { get; internal set; }
    public decimal? FloorAreaM2 { get; internal set; }
    /// <summary>Year of completion (CE).</summary>
    public int? YearBuilt { get; internal set; }
    public string? UnitNumber { get; internal set; }

    public List<UsePart> Uses { get; internal set; } = [];
    IReadOnlyList<UsePart> IValuableProperty.Uses => Uses;
    public bool Active { get; internal set; } = true;
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>The area the uses split: square wa for land, m² otherwise.</summary>
    public decimal Area => AreaOf(Kind, AreaSquareWa, FloorAreaM2);

    public static decimal AreaOf(PropertyKind kind, decimal? squareWa, decimal? floorM2) => kind == PropertyKind.Land ? squareWa ?? 0 : floorM2 ?? 0;

    public PriceKind PriceKind => PriceKindOf(Kind);

    public static PriceKind PriceKindOf(PropertyKind kind) => kind switch
    {
        PropertyKind.Land => PriceKind.LandZone,
        PropertyKind.Building => PriceKind.BuildingType,
        _ => PriceKind.CondoProject,
    };

    public static LocalizedText KindName(PropertyKind kind) => kind switch
    {
        PropertyKind.Land => new("ที่ดิน", "Land"),
        PropertyKind.Building => new("สิ่งปลูกสร้าง", "Building"),
        _ => new("ห้องชุด", "Condominium unit"),
    };

    public static LocalizedText DeedName(DeedType deed) => deed switch
    {
        Registry.DeedType.Chanote => new("โฉนดที่ดิน", "Title deed (chanote)"),
        Registry.DeedType.NorSor3Kor => new("น.ส.3 ก.", "Nor Sor 3 Kor"),
        Registry.DeedType.NorSor3 => new("น.ส.3", "Nor Sor 3"),
        Registry.DeedType.SorKor1 => new("ส.ค.1", "Sor Kor 1"),
        _ => new("อื่น ๆ", "Other"),
    };
}

/// <summary>Who owns a property and how much of it (percent), and whether they were in its house register on 1 January (main home).</summary>
public sealed class PropertyOwner : IMultiTenant
{
    private PropertyOwner() { } // EF Core

    internal PropertyOwner(Guid propertyId, Guid payerId, decimal sharePercent, bool inHouseRegister)
    {
        PropertyId = propertyId;
        PayerId = payerId;
        SharePercent = sharePercent;
        InHouseRegister = inHouseRegister;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; private set; }
    public Guid PropertyId { get; private set; }
    public Guid PayerId { get; private set; }
    public decimal SharePercent { get; internal set; }
    /// <summary>The owner's name was in the house register of this building on 1 January (needed for the main-home rates).</summary>
    public bool InHouseRegister { get; internal set; }
}
