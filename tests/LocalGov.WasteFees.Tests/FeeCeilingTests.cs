using LocalGov.WasteFees.FeeClasses;

namespace LocalGov.WasteFees.Tests;

/// <summary>The legal ceiling as ADR 14 reads DOMAIN.md, with worked examples.</summary>
public sealed class FeeCeilingTests
{
    [Theory]
    [InlineData(20, 150, 200)]   // the most the 2017 amendment allows a household
    [InlineData(20, 20, 20)]     // Bangkok's 40 + 40 is 20 + 20 here; Pak Kret 25 etc.
    [InlineData(1, 0.01, 0)]
    [InlineData(60, 200, 150)]   // 60 L/day: scale 120, household floor 350
    [InlineData(200, 250, 150)]  // 200 L/day: 10 × 40 = 400
    [InlineData(500, 600, 400)]  // 500 L/day: 25 × 40 = 1,000
    [InlineData(1000, 1000, 1000)] // 1 m³/day: 2,000
    public void LawfulRates_AreAccepted(int litres, double collection, double disposal) =>
        Assert.Null(FeeCeiling.Check(litres, (decimal)collection, (decimal)disposal));

    [Theory]
    [InlineData(20, 150.01, 0, "Collection may not exceed 150")]
    [InlineData(20, 0, 200.01, "Disposal may not exceed 200")]
    [InlineData(20, 150, 201, "Disposal may not exceed 200")]
    [InlineData(60, 200, 150.01, "may not exceed 350.00")]
    [InlineData(200, 250, 150.01, "may not exceed 400.00")]
    [InlineData(501, 1000, 4.01, "may not exceed 1,002.00")]
    [InlineData(20, 0, 0, "above 0 baht")]
    [InlineData(20, -1, 10, "cannot be negative")]
    [InlineData(20, 10.005, 0, "baht and satang")]
    [InlineData(0, 10, 10, "Litres a day must be from 1")]
    [InlineData(100001, 10, 10, "Litres a day must be from 1")]
    public void RatesAboveTheCeilingOrMalformed_AreRefused_SayingWhy(int litres, double collection, double disposal, string why)
    {
        var problem = FeeCeiling.Check(litres, (decimal)collection, (decimal)disposal);
        Assert.NotNull(problem);
        Assert.Contains(why, problem.En, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.Th));
    }

    [Theory]
    [InlineData(1, 350)]
    [InlineData(20, 350)]
    [InlineData(21, 350)]    // 2 × 40 = 80 < 350
    [InlineData(180, 360)]   // 9 × 40
    [InlineData(181, 400)]   // a started 20 L counts whole: 10 × 40
    [InlineData(500, 1000)]
    [InlineData(750, 1500)]  // 0.75 m³ × 2,000
    public void TheCeilingForAVolume(int litres, decimal ceiling) => Assert.Equal(ceiling, FeeCeiling.TotalFor(litres));

    [Fact]
    public void AFeeClassAboveTheCeiling_CannotBeMade()
    {
        var e = Assert.Throws<Platform.Web.BusinessRuleException>(() =>
            new FeeClass("HOUSE", "บ้าน", "House", WasteProducer.Household, 20, 151m, 0m));
        Assert.Contains("150", e.UserMessage.En, StringComparison.Ordinal);
    }
}
