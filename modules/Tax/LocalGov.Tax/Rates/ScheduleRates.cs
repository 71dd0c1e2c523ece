using LocalGov.Platform.Localization;

namespace LocalGov.Tax.Rates;

/// <summary>How the last part of a 500 cm² unit counts (Signboard Tax Act s.17; unconfirmed in DOMAIN.md, so a choice per LAO and year).</summary>
public enum SignRounding
{
    /// <summary>A part over half a unit counts as one; half or less is dropped (the Act's wording as commonly read).</summary>
    OverHalf = 1,
    /// <summary>Any part counts as a whole unit.</summary>
    Up = 2,
    /// <summary>Parts are dropped.</summary>
    Down = 3,
}

/// <summary>
/// Everything a tax year's calculation reads for one LAO: land-and-building rate tables by use, the vacant-land
/// increase, the relief of the year, Treasury depreciation, signboard rates, and the year's timeline. Kept as one
/// JSON document per LAO per year (<see cref="TaxSchedule"/>); a year the LAO never set uses
/// <see cref="NationalSchedule.For"/>.
/// </summary>
public sealed class ScheduleRates
{
    public List<CategoryRates> Categories { get; set; } = [];
    /// <summary>Percentage points added to each vacant-land band for every <see cref="VacantIncreaseEveryYears"/> consecutive vacant years (s.37).</summary>
    public decimal VacantIncreasePercent { get; set; }
    public int VacantIncreaseEveryYears { get; set; } = 3;
    /// <summary>No vacant-land rate, increased or not, goes above this (3 %).</summary>
    public decimal VacantCapPercent { get; set; }
    /// <summary>Relief of the year by royal decree, percent off the tax (90 in 2020–2021, 15 in 2023).</summary>
    public decimal ReliefPercent { get; set; }
    public List<DepreciationRule> Depreciation { get; set; } = [];

    public List<SignRate> SignRates { get; set; } = [];
    public decimal SignMinimum { get; set; }
    public SignRounding SignRounding { get; set; } = SignRounding.OverHalf;

    /// <summary>Assessment notices go out by this day; bills are due on <see cref="PaymentDue"/>.</summary>
    public DateOnly NoticeBy { get; set; }
    public DateOnly PaymentDue { get; set; }
    /// <summary>The three installment dates (the first is <see cref="PaymentDue"/>).</summary>
    public List<DateOnly> InstallmentDates { get; set; } = [];
    /// <summary>A tax of at least this much may be paid in installments (3,000 baht).</summary>
    public decimal InstallmentMinimum { get; set; }
    /// <summary>Signboard declarations (ภ.ป.1) for signs standing on 1 January are due by this day (31 March).</summary>
    public DateOnly SignFilingBy { get; set; }

    public CategoryRates? For(LandUse use) => Categories.FirstOrDefault(c => c.Use == use);

    public SignRate? SignRateFor(int type, bool moving) => SignRates.FirstOrDefault(r => r.Type == type && r.Moving == moving);

    public DepreciationRule? DepreciationFor(string material) =>
        Depreciation.FirstOrDefault(d => string.Equals(d.Material, material, StringComparison.OrdinalIgnoreCase));

    /// <summary>The rate of a vacant-land band after <paramref name="yearsVacant"/> consecutive vacant years, capped.</summary>
    public decimal VacantRate(decimal baseRate, int yearsVacant)
    {
        var steps = VacantIncreaseEveryYears <= 0 ? 0 : Math.Max(0, yearsVacant) / VacantIncreaseEveryYears;
        return Math.Min(VacantCapPercent, baseRate + steps * VacantIncreasePercent);
    }

    public ScheduleRates Copy() => new()
    {
        Categories = [.. Categories.Select(c => new CategoryRates { Use = c.Use, IndividualExemption = c.IndividualExemption, Bands = [.. c.Bands] })],
        VacantIncreasePercent = VacantIncreasePercent,
        VacantIncreaseEveryYears = VacantIncreaseEveryYears,
        VacantCapPercent = VacantCapPercent,
        ReliefPercent = ReliefPercent,
        Depreciation = [.. Depreciation.Select(d => d with { PercentPerYear = [.. d.PercentPerYear] })],
        SignRates = [.. SignRates],
        SignMinimum = SignMinimum,
        SignRounding = SignRounding,
        NoticeBy = NoticeBy,
        PaymentDue = PaymentDue,
        InstallmentDates = [.. InstallmentDates],
        InstallmentMinimum = InstallmentMinimum,
        SignFilingBy = SignFilingBy,
    };
}

/// <summary>Kinds of construction in the Treasury depreciation table.</summary>
public static class Materials
{
    public const string Masonry = "masonry";
    public const string HalfTimber = "half-timber";
    public const string Timber = "timber";

    public static readonly IReadOnlyList<string> All = [Masonry, HalfTimber, Timber];

    public static LocalizedText Name(string material) => material switch
    {
        Masonry => new("ตึก", "Masonry"),
        HalfTimber => new("ตึกครึ่งไม้", "Half-timber"),
        Timber => new("ไม้", "Timber"),
        _ => new(material, material),
    };
}
