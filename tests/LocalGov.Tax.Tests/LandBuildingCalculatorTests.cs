using LocalGov.Platform.Web;
using LocalGov.Tax.LandBuilding;
using LocalGov.Tax.Rates;

namespace LocalGov.Tax.Tests;

/// <summary>Worked examples of DOMAIN.md "Land and Building Tax", one use category at a time, on the national schedule.</summary>
public sealed class LandBuildingCalculatorTests
{
    private const decimal M = 1_000_000m;

    private static decimal Tax(LandUse use, decimal value, bool individual = true, int yearsVacant = 0, int year = 2026) =>
        LandBuildingCalculator.Calculate(year, NationalSchedule.For(year), individual, [new UseValue(use, value, yearsVacant)]).Tax;

    [Theory]
    [InlineData(50_000_000, 0)]            // exactly the exemption: nothing
    [InlineData(50_000_001, 0)]            // one baht above: 0.0003 baht rounds to nothing
    [InlineData(50_010_000, 3)]            // 10,000 × 0.03 %
    [InlineData(60_000_000, 3_000)]        // 10 M × 0.03 %
    [InlineData(75_000_000, 7_500)]        // 25 M × 0.03 %
    [InlineData(100_000_000, 20_000)]      // 25 M × 0.03 % + 25 M × 0.05 %
    [InlineData(120_000_000, 40_000)]      // … + 20 M × 0.10 %
    public void Main_home_first_50_million_exempt_then_stepwise(decimal value, decimal expected) =>
        Assert.Equal(expected, Tax(LandUse.MainHome, value));

    [Theory]
    [InlineData(10_000_000, 0)]            // the house-only exemption
    [InlineData(20_000_000, 2_000)]        // 10 M × 0.02 %
    [InlineData(50_000_000, 8_000)]        // 40 M × 0.02 %
    [InlineData(60_000_000, 11_000)]       // 40 M × 0.02 % + 10 M × 0.03 %
    public void Main_home_house_only_first_10_million_exempt(decimal value, decimal expected) =>
        Assert.Equal(expected, Tax(LandUse.MainHomeHouseOnly, value));

    [Theory]
    [InlineData(50_000_000, true, 0)]
    [InlineData(60_000_000, true, 1_000)]      // 10 M after the exemption × 0.01 %
    [InlineData(100_000_000, true, 5_000)]     // 50 M after the exemption × 0.01 %
    [InlineData(100_000_000, false, 15_000)]   // a company: 75 M × 0.01 % + 25 M × 0.03 %
    [InlineData(10_000_000, false, 1_000)]
    public void Agricultural_individuals_exempt_50_million(decimal value, bool individual, decimal expected) =>
        Assert.Equal(expected, Tax(LandUse.Agricultural, value, individual));

    [Theory]
    [InlineData(1_000_000, 200)]
    [InlineData(60_000_000, 13_000)]       // 50 M × 0.02 % + 10 M × 0.03 %
    public void Other_residential_from_the_first_baht(decimal value, decimal expected) =>
        Assert.Equal(expected, Tax(LandUse.ResidentialOther, value));

    [Theory]
    [InlineData(10_000_000, 30_000)]       // 0.3 %
    [InlineData(100_000_000, 350_000)]     // 50 M × 0.3 % + 50 M × 0.4 %
    public void Other_use_commercial(decimal value, decimal expected) =>
        Assert.Equal(expected, Tax(LandUse.Other, value));

    [Theory]
    [InlineData(0, 30_000)]      // base 0.3 %
    [InlineData(2, 30_000)]      // not yet three years
    [InlineData(3, 60_000)]      // +0.3 points
    [InlineData(6, 90_000)]      // +0.6 points
    [InlineData(26, 270_000)]    // +2.4 → 2.7 %
    [InlineData(27, 300_000)]    // 0.3 + 2.7 = 3.0 %, the cap
    [InlineData(60, 300_000)]    // still capped at 3 %
    public void Vacant_land_rises_every_three_years_to_the_cap(int yearsVacant, decimal expected) =>
        Assert.Equal(expected, Tax(LandUse.Vacant, 10 * M, yearsVacant: yearsVacant));

    [Fact]
    public void Vacant_increase_applies_to_every_band_capped_each()
    {
        // 100 M vacant for 3 years: 50 M × 0.6 % + 50 M × 0.7 %
        Assert.Equal(300_000m + 350_000m, Tax(LandUse.Vacant, 100 * M, yearsVacant: 3));
    }

    [Theory]
    [InlineData(2020, 3_000)]    // 90 % relief
    [InlineData(2021, 3_000)]
    [InlineData(2022, 30_000)]   // none
    [InlineData(2023, 25_500)]   // 15 % relief
    [InlineData(2024, 30_000)]
    public void Relief_year_comes_off_the_sum(int year, decimal expected) =>
        Assert.Equal(expected, Tax(LandUse.Other, 10 * M, year: year));

    [Fact]
    public void Values_of_one_use_add_up_before_the_bands_and_the_exemption_is_taken_once()
    {
        var tax = LandBuildingCalculator.Calculate(2026, NationalSchedule.For(2026), true,
            [new UseValue(LandUse.MainHome, 30 * M), new UseValue(LandUse.MainHome, 30 * M), new UseValue(LandUse.Other, 1 * M)]);
        var home = Assert.Single(tax.Categories, c => c.Use == LandUse.MainHome);
        Assert.Equal(60 * M, home.Value);
        Assert.Equal(50 * M, home.Exemption);
        Assert.Equal(3_000m, home.Tax);
        Assert.Equal(3_000m + 3_000m, tax.Tax);
    }

    [Fact]
    public void Bands_are_rounded_to_the_satang_and_add_up()
    {
        var tax = LandBuildingCalculator.Calculate(2026, NationalSchedule.For(2026), false, [new UseValue(LandUse.Agricultural, 1_234_567.89m)]);
        var band = tax.Categories[0].Bands[0];
        Assert.Equal(123.46m, band.Tax); // 1,234,567.89 × 0.01 % = 123.456789
        Assert.Equal(123.46m, tax.Tax);
    }

    [Fact]
    public void A_company_has_no_main_home()
    {
        var e = Assert.Throws<BusinessRuleException>(() => Tax(LandUse.MainHome, 10 * M, individual: false));
        Assert.Equal("ownerIsIndividual", e.Field);
    }
}
