using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using LocalGov.Tax.LandBuilding;
using LocalGov.Tax.Rates;

namespace LocalGov.Tax.Registry;

/// <summary>The value of one use of a property.</summary>
public sealed record PartValue(LandUse Use, decimal Area, int YearsVacant, decimal Value);

/// <summary>
/// A property's value in a tax year and how it was reached: unit price × area, less depreciation for a building,
/// split over its uses by area.
/// </summary>
public sealed record ValuedProperty(Guid PropertyId, string Code, PropertyKind Kind, string Location, decimal Area, decimal UnitPrice,
    decimal GrossValue, decimal DepreciationPercent, decimal Value, IReadOnlyList<PartValue> Parts);

/// <summary>The LAO's appraisal prices, looked up by kind, code and year (the latest price from that year or before).</summary>
public sealed class PriceBook(IEnumerable<AppraisalPrice> prices)
{
    private readonly Dictionary<(PriceKind, string), List<AppraisalPrice>> _prices = prices
        .GroupBy(p => (p.Kind, p.Code.ToUpperInvariant()))
        .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.FromYear).ToList());

    public AppraisalPrice? Find(PriceKind kind, string? code, int year) =>
        code is not null && _prices.TryGetValue((kind, code.ToUpperInvariant()), out var list) ? list.FirstOrDefault(p => p.FromYear <= year) : null;
}

public static class PropertyValuation
{
    public static ValuedProperty Value(IValuableProperty property, PriceBook prices, ScheduleRates rates, int year)
    {
        var price = prices.Find(TaxProperty.PriceKindOf(property.Kind), property.PriceCode, year) ?? throw new BusinessRuleException(new LocalizedText(
            $"{property.Code}: ไม่มีราคาประเมินรหัส '{property.PriceCode}' สำหรับปี {year + 543}",
            $"{property.Code}: no appraisal price '{property.PriceCode}' for {year}."), "priceCode");
        var area = property.Area;
        var gross = LandBuildingCalculator.Round(price.Price * area);
        decimal depreciation = 0;
        if (property.Kind == PropertyKind.Building)
        {
            var rule = rates.DepreciationFor(property.Material ?? "") ?? throw new BusinessRuleException(new LocalizedText(
                $"{property.Code}: ไม่รู้จักประเภทโครงสร้าง '{property.Material}'", $"{property.Code}: unknown construction '{property.Material}'."), "material");
            depreciation = Depreciation.Percent(rule, Depreciation.Age(year, property.YearBuilt ?? year));
        }
        var value = LandBuildingCalculator.Round(gross * (100m - depreciation) / 100m);
        return new ValuedProperty(property.Id, property.Code, property.Kind, property.Location, area, price.Price, gross, depreciation, value,
            Split(property, value));
    }

    /// <summary>Splits the value over the uses by area; the last use takes the satang left by rounding.</summary>
    private static List<PartValue> Split(IValuableProperty property, decimal value)
    {
        IReadOnlyList<UsePart> uses = property.Uses.Count > 0 ? property.Uses : [new UsePart(LandUse.Other, property.Area)];
        var totalArea = uses.Sum(u => u.Area);
        var parts = new List<PartValue>(uses.Count);
        decimal given = 0;
        for (var i = 0; i < uses.Count; i++)
        {
            var use = uses[i];
            var share = i == uses.Count - 1 || totalArea == 0 ? value - given : LandBuildingCalculator.Round(value * use.Area / totalArea);
            given += share;
            parts.Add(new PartValue(use.Use, use.Area, use.YearsVacant, share));
        }
        return parts;
    }
}
