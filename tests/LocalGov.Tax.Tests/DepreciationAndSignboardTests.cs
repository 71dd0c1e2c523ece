using LocalGov.Platform.Web;
using LocalGov.Tax.LandBuilding;
using LocalGov.Tax.Rates;
using LocalGov.Tax.Signboard;

namespace LocalGov.Tax.Tests;

public sealed class DepreciationTests
{
    private static readonly ScheduleRates Rates = NationalSchedule.For(2026);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(10, 10)]    // 1 % a year for ten years
    [InlineData(11, 12)]    // then 2 %
    [InlineData(43, 76)]    // 10 + 33 × 2 = 76: the cap
    [InlineData(80, 76)]
    public void Masonry_one_percent_then_two_capped_at_76(int age, decimal expected) =>
        Assert.Equal(expected, Depreciation.Percent(Rates.DepreciationFor(Materials.Masonry)!, age));

    [Theory]
    [InlineData(Materials.Timber, 10, 30)]
    [InlineData(Materials.Timber, 31, 93)]
    [InlineData(Materials.Timber, 50, 93)]
    [InlineData(Materials.HalfTimber, 50, 85)]
    public void Timber_and_half_timber_caps(string material, int age, decimal expected) =>
        Assert.Equal(expected, Depreciation.Percent(Rates.DepreciationFor(material)!, age));
}

public sealed class SignboardCalculatorTests
{
    private static SignTax Tax(int type, bool moving, int width, int height, string installed = "2024-01-01", ScheduleRates? rates = null) =>
        SignboardCalculator.Calculate(2026, rates ?? NationalSchedule.For(2026), new SignMeasure(type, moving, width, height, DateOnly.Parse(installed, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Units_of_500_square_centimetres_times_the_rate()
    {
        var tax = Tax(2, false, 200, 100); // 20,000 cm² = 40 units × 26
        Assert.Equal(40, tax.Units);
        Assert.Equal(1_040m, tax.Tax);
        Assert.Equal(52m * 40, Tax(3, true, 200, 100).Tax);
        Assert.Equal(50m * 40, Tax(3, false, 200, 100).Tax);
        Assert.Equal(52m * 40, Tax(2, true, 200, 100).Tax);
    }

    [Fact]
    public void Never_under_200_baht_a_year()
    {
        var tax = Tax(1, false, 100, 50); // 10 units × 5 = 50
        Assert.True(tax.MinimumApplied);
        Assert.Equal(200m, tax.Tax);
    }

    [Theory]
    [InlineData("2026-01-01", 100, 780)]
    [InlineData("2026-03-31", 100, 780)]
    [InlineData("2026-04-01", 75, 585)]
    [InlineData("2026-05-10", 75, 585)]
    [InlineData("2026-07-01", 50, 390)]
    [InlineData("2026-12-31", 25, 195)]
    [InlineData("2019-06-15", 100, 780)]
    public void A_sign_put_up_during_the_year_pays_from_its_quarter(string installed, int percent, decimal expected)
    {
        var tax = Tax(2, false, 150, 100, installed); // 30 units × 26 = 780
        Assert.Equal(percent, tax.QuarterPercent);
        Assert.Equal(expected, tax.Tax);
    }

    [Fact]
    public void The_minimum_applies_to_the_year_then_the_quarter_share()
    {
        Assert.Equal(50m, Tax(1, false, 10, 10, "2026-11-01").Tax); // 200 minimum × 25 %
    }

    [Theory]
    [InlineData(30, 25, SignRounding.OverHalf, 1)]  // 750 cm²: 250 left, not over half
    [InlineData(30, 26, SignRounding.OverHalf, 2)]  // 780 cm²: 280 left, over half
    [InlineData(30, 25, SignRounding.Up, 2)]
    [InlineData(30, 26, SignRounding.Down, 1)]
    public void The_last_part_unit_counts_by_the_year_rounding(int width, int height, SignRounding rounding, long units)
    {
        var rates = NationalSchedule.For(2026);
        rates.SignRounding = rounding;
        Assert.Equal(units, Tax(3, false, width, height, rates: rates).Units);
    }

    [Theory]
    [InlineData(0, 100, "widthCm")]
    [InlineData(100, -5, "heightCm")]
    public void Bad_sizes_name_the_field(int width, int height, string field) =>
        Assert.Equal(field, Assert.Throws<BusinessRuleException>(() => Tax(1, false, width, height)).Field);

    [Fact]
    public void A_sign_put_up_after_the_year_owes_nothing_for_it() =>
        Assert.Equal("installedOn", Assert.Throws<BusinessRuleException>(() => Tax(1, false, 100, 100, "2027-01-02")).Field);
}

public sealed class LegalCeilingTests
{
    [Fact]
    public void The_national_schedule_is_within_the_law()
    {
        for (var year = 2020; year <= 2027; year++)
        {
            Assert.Empty(LegalCeilings.Check(NationalSchedule.For(year), year));
        }
    }

    [Fact]
    public void A_rate_above_the_ceiling_is_refused_naming_the_category()
    {
        var rates = NationalSchedule.For(2026);
        rates.For(LandUse.Agricultural)!.Bands[0] = rates.For(LandUse.Agricultural)!.Bands[0] with { RatePercent = 0.2m };
        var error = Assert.Single(LegalCeilings.Check(rates, 2026));
        Assert.Equal("rates.agricultural", error.Field);
        Assert.Contains("0.15", error.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Up_to_the_ceiling_is_allowed()
    {
        var rates = NationalSchedule.For(2026);
        var other = rates.For(LandUse.Other)!;
        other.Bands = [.. other.Bands.Select(b => b with { RatePercent = 1.2m })];
        Assert.Empty(LegalCeilings.Check(rates, 2026));
    }

    [Fact]
    public void Bands_must_follow_on_and_the_exemption_is_the_law()
    {
        var rates = NationalSchedule.For(2026);
        var home = rates.For(LandUse.MainHome)!;
        home.Bands[1] = home.Bands[1] with { From = 30_000_000m };
        home.IndividualExemption = 40_000_000m;
        Assert.Equal(2, LegalCeilings.Check(rates, 2026).Count(e => e.Field == "rates.main-home"));
    }

    [Fact]
    public void Signboard_rates_cannot_exceed_the_ministerial_rates()
    {
        var rates = NationalSchedule.For(2026);
        rates.SignRates[0] = rates.SignRates[0] with { RatePer500 = 11 };
        Assert.Contains(LegalCeilings.Check(rates, 2026), e => e.Field == "rates.signs");
    }
}
