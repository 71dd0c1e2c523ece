using LocalGov.Tax.Rates;

namespace LocalGov.Tax.LandBuilding;

/// <summary>
/// Treasury depreciation of a building by its age in the tax year (tax year − year built, whole years): the
/// rule's yearly percentages added up, the last one repeating, capped (masonry 1 % a year for ten years then 2 %,
/// at most 76 %; half-timber at most 85 %; timber 3 % a year, at most 93 %).
/// </summary>
public static class Depreciation
{
    public static decimal Percent(DepreciationRule rule, int age)
    {
        decimal total = 0;
        for (var year = 1; year <= age; year++)
        {
            total += rule.PercentPerYear.Count == 0 ? 0 : rule.PercentPerYear[Math.Min(year, rule.PercentPerYear.Count) - 1];
            if (total >= rule.CapPercent)
            {
                return rule.CapPercent;
            }
        }
        return total;
    }

    public static int Age(int taxYear, int yearBuilt) => Math.Max(0, taxYear - yearBuilt);
}
