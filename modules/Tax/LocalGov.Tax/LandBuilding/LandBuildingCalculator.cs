using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using LocalGov.Tax.Rates;

namespace LocalGov.Tax.LandBuilding;

/// <summary>Value of one use category of an owner (vacant land is grouped by its years vacant, which set its rate).</summary>
public sealed record UseValue(LandUse Use, decimal Value, int YearsVacant = 0);

/// <summary>The tax on one band: the part of the taxable value inside it, and that part times the rate.</summary>
public sealed record BandTax(decimal From, decimal? To, decimal RatePercent, decimal Value, decimal Tax);

/// <summary>The tax of one use category: its value, the exemption taken off first, each band, the sum.</summary>
public sealed record CategoryTax(LandUse Use, int YearsVacant, decimal Value, decimal Exemption, decimal Taxable, IReadOnlyList<BandTax> Bands, decimal Tax);

/// <summary>An owner's land-and-building tax for a year: by category, before relief, the relief, and what is due.</summary>
public sealed record LandBuildingTax(int Year, IReadOnlyList<CategoryTax> Categories, decimal Gross, decimal ReliefPercent, decimal Relief, decimal Tax)
{
    public decimal Value => Categories.Sum(c => c.Value);
    public decimal Exemption => Categories.Sum(c => c.Exemption);
}

/// <summary>
/// Land-and-building tax arithmetic (DOMAIN.md; docs/adr/0016). Values of the same use are added up per owner and
/// LAO; the individual exemption of the use comes off first; the rest is taxed band by band, each band's rate on the
/// part of the value inside it; vacant land's bands rise 0.3 points for every 3 consecutive vacant years, capped at
/// 3 %; the year's relief comes off the sum. Each band is rounded to the satang, halves away from zero.
/// </summary>
public static class LandBuildingCalculator
{
    public const decimal MaxValue = 1_000_000_000_000m; // a trillion baht: far above any property, below overflow

    public static LandBuildingTax Calculate(int year, ScheduleRates rates, bool ownerIsIndividual, IEnumerable<UseValue> values)
    {
        var categories = new List<CategoryTax>();
        foreach (var group in values.Where(v => v.Value > 0)
                     .GroupBy(v => (v.Use, Years: v.Use == LandUse.Vacant ? VacantStep(rates, v.YearsVacant) : 0))
                     .OrderBy(g => g.Key.Use).ThenBy(g => g.Key.Years))
        {
            var use = group.Key.Use;
            if (!ownerIsIndividual && use is LandUse.MainHome or LandUse.MainHomeHouseOnly)
            {
                throw new BusinessRuleException(new LocalizedText(
                    "บ้านหลังหลักเป็นของบุคคลธรรมดาเท่านั้น นิติบุคคลให้เลือก 'อยู่อาศัยอื่น'",
                    "Only an individual has a main home; for a juristic person choose residential-other."), "ownerIsIndividual");
            }
            var yearsVacant = use == LandUse.Vacant ? group.Max(v => v.YearsVacant) : 0;
            var category = rates.For(use) ?? throw new BusinessRuleException(
                new LocalizedText($"ไม่มีอัตราภาษีของ{use.Name().Th}", $"No rates for {use.Name().En}."), "use");
            var value = group.Sum(v => v.Value);
            var exemption = ownerIsIndividual ? Math.Min(value, category.IndividualExemption) : 0;
            var taxable = value - exemption;
            var bands = new List<BandTax>();
            foreach (var band in category.Bands)
            {
                var rate = use == LandUse.Vacant ? rates.VacantRate(band.RatePercent, yearsVacant) : band.RatePercent;
                var top = band.To is { } to ? Math.Min(taxable, to) : taxable;
                var inside = Math.Max(0, top - band.From);
                bands.Add(new BandTax(band.From, band.To, rate, inside, Round(inside * rate / 100m)));
            }
            categories.Add(new CategoryTax(use, yearsVacant, value, exemption, taxable, bands, bands.Sum(b => b.Tax)));
        }
        var gross = categories.Sum(c => c.Tax);
        var relief = Round(gross * rates.ReliefPercent / 100m);
        return new LandBuildingTax(year, categories, gross, rates.ReliefPercent, relief, gross - relief);
    }

    /// <summary>Vacant land of 0–2 years pays the base rates, 3–5 years one increase, and so on.</summary>
    private static int VacantStep(ScheduleRates rates, int yearsVacant) =>
        rates.VacantIncreaseEveryYears <= 0 ? 0 : Math.Max(0, yearsVacant) / rates.VacantIncreaseEveryYears;

    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
