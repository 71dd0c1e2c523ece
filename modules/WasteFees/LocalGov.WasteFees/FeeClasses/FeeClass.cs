using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;

namespace LocalGov.WasteFees.FeeClasses;

/// <summary>Who produces the waste; decides nothing by itself, it groups classes on pages and reports.</summary>
public enum WasteProducer
{
    Household = 1,
    Shop = 2,
    Restaurant = 3,
    MarketStall = 4,
    Office = 5,
    Business = 6,
    Other = 9,
}

/// <summary>
/// A fee class of one LAO: who it is for, the most waste a day it covers, and the monthly rates for collection and
/// for disposal (the two fees the Cleanliness Act caps). Rates are checked against <see cref="FeeCeiling"/>.
/// </summary>
public sealed class FeeClass : Entity, IMultiTenant, IHasConcurrencyStamp
{
    public const int MaxCodeLength = 20;

    private FeeClass() { } // EF Core

    public FeeClass(string code, string nameTh, string nameEn, WasteProducer producer, int litresPerDay, decimal collectionRate, decimal disposalRate, int order = 0)
    {
        Code = NormalizeCode(code);
        Update(nameTh, nameEn, producer, litresPerDay, collectionRate, disposalRate, active: true, order);
    }

    public Guid TenantId { get; private set; }
    public string Code { get; private set; } = "";
    public string NameTh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public WasteProducer Producer { get; private set; }
    /// <summary>The most waste a day, in litres, a service point of this class produces.</summary>
    public int LitresPerDay { get; private set; }
    /// <summary>Monthly collection-and-transport fee, baht.</summary>
    public decimal CollectionRate { get; private set; }
    /// <summary>Monthly disposal fee, baht (0 when the LAO charges collection only).</summary>
    public decimal DisposalRate { get; private set; }
    public bool Active { get; private set; }
    public int Order { get; private set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public decimal MonthlyRate => CollectionRate + DisposalRate;

    public string Name(bool thai) => thai ? NameTh : NameEn;

    /// <summary>Changes everything but the code; refuses rates above the legal ceiling.</summary>
    public void Update(string nameTh, string nameEn, WasteProducer producer, int litresPerDay, decimal collectionRate, decimal disposalRate, bool active, int order)
    {
        nameTh = (nameTh ?? "").Trim();
        nameEn = (nameEn ?? "").Trim();
        if (nameTh.Length is 0 or > 200 || nameEn.Length is 0 or > 200)
        {
            throw Invalid("ใส่ชื่อประเภทเป็นภาษาไทยและภาษาอังกฤษ ไม่เกิน 200 ตัวอักษร", "Give the class a Thai and an English name of up to 200 characters.", "nameTh");
        }
        if (!Enum.IsDefined(producer))
        {
            throw Invalid("เลือกประเภทผู้ก่อมูลฝอย", "Choose who produces the waste.", "producer");
        }
        if (FeeCeiling.Check(litresPerDay, collectionRate, disposalRate) is { } problem)
        {
            throw new BusinessRuleException(problem, "collectionRate");
        }
        NameTh = nameTh;
        NameEn = nameEn;
        Producer = producer;
        LitresPerDay = litresPerDay;
        CollectionRate = collectionRate;
        DisposalRate = disposalRate;
        Active = active;
        Order = order;
    }

    public static string NormalizeCode(string? code)
    {
        var normalized = (code ?? "").Trim().ToUpperInvariant();
        if (normalized.Length is 0 or > MaxCodeLength || !normalized.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw Invalid($"รหัสประเภทต้องเป็นตัวอักษรอังกฤษ ตัวเลข หรือ - ไม่เกิน {MaxCodeLength} ตัว",
                $"The class code must be up to {MaxCodeLength} letters, digits or hyphens.", "code");
        }
        return normalized;
    }

    private static BusinessRuleException Invalid(string th, string en, string field) => new(new LocalizedText(th, en), field);
}
