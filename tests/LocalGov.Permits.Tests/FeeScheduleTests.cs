using LocalGov.Permits.PermitTypes;

namespace LocalGov.Permits.Tests;

public sealed class FeeScheduleTests
{
    private static readonly FeeSchedule PerArea = new(FeeMode.PerSquareMetre, 0, 2m, 500m, 3000m, []);

    [Theory]
    [InlineData("201", "500")] // 402 is under the floor
    [InlineData("250.5", "501.00")]
    [InlineData("1000", "2000")]
    [InlineData("2000", "3000")] // capped
    public void AFeeByArea_IsTheRateTimesTheArea_WithinTheFloorAndTheCap(string area, string fee)
    {
        var (result, problem) = PerArea.FeeFor(decimal.Parse(area, System.Globalization.CultureInfo.InvariantCulture), null);
        Assert.Null(problem);
        Assert.Equal(decimal.Parse(fee, System.Globalization.CultureInfo.InvariantCulture), result);
    }

    [Fact]
    public void AFeeByArea_WithoutAnArea_SaysTheAreaIsNeeded()
    {
        var (_, problem) = PerArea.FeeFor(null, null);
        Assert.Contains("area", problem!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void AFeeByCategory_IsTheCategorysAmount_AndAnUnknownCategoryIsRefused()
    {
        var schedule = new FeeSchedule(FeeMode.ByCategory, 0, 0, 0, null, [new("small", "เล็ก", "Small", 200m), new("large", "ใหญ่", "Large", 1000m)]);
        Assert.Equal(1000m, schedule.FeeFor(null, "LARGE").Fee);
        Assert.NotNull(schedule.FeeFor(null, "medium").Problem);
    }

    [Theory]
    [InlineData("100", "20", "120")]
    [InlineData("333.33", "20", "400.00")] // 66.666 rounds to 66.67
    [InlineData("150", "0", "150")]
    public void ALateRenewal_AddsTheSurchargePercentage_RoundedToTheSatang(string fee, string percent, string total)
    {
        static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(D(total), FeeSchedule.WithSurcharge(D(fee), D(percent)));
    }

    [Fact]
    public void TheDefaultTypes_KeepTheLawsDeadlines_AndTheFoodPremisesSizeLimits()
    {
        var types = DefaultPermitTypes.Create().ToDictionary(t => t.Code);
        Assert.Equal(45, types[DefaultPermitTypes.Building].DecisionDays);
        Assert.Null(types[DefaultPermitTypes.Building].ValidityMonths);
        Assert.Equal(30, types[DefaultPermitTypes.HealthHazard].DecisionDays);
        Assert.Equal(30, types[DefaultPermitTypes.FoodLicence].DecisionDays);
        Assert.Equal(200m, types[DefaultPermitTypes.FoodLicence].AreaAbove);
        Assert.Equal(7, types[DefaultPermitTypes.FoodNotice].DecisionDays);
        Assert.Equal(200m, types[DefaultPermitTypes.FoodNotice].AreaAtMost);
        Assert.All(types.Values, t => Assert.NotEmpty(t.AppealTh));
        Assert.All(types.Values.Where(t => t.InspectionRequired), t => Assert.NotEmpty(t.Checklist));
    }
}
