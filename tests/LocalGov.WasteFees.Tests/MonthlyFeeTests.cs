using LocalGov.WasteFees.Billing;

namespace LocalGov.WasteFees.Tests;

/// <summary>Proration and exemptions (ADR 14): rate × billable days ÷ days in the month, each fee rounded to the satang.</summary>
public sealed class MonthlyFeeTests
{
    private static readonly BillingPeriod October = new(2026, 10);   // 31 days
    private static readonly BillingPeriod February = new(2028, 2);   // 29 days (leap year)

    private static MonthlyFee Fee(BillingPeriod period, string start, string? stop = null, string? exemptFrom = null, string? exemptUntil = null,
        decimal collection = 20m, decimal disposal = 20m) =>
        MonthlyFee.For(period, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), Date(stop), Date(exemptFrom), Date(exemptUntil),
            collection, disposal);

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void AWholeMonth_BillsTheRateExactly()
    {
        var fee = Fee(October, "2020-01-01", collection: 33.33m, disposal: 0m);
        Assert.Equal(31, fee.BillableDays);
        Assert.Equal(33.33m, fee.Total);
    }

    [Fact]
    public void MovingInOnThe11th_Bills21Of31Days()
    {
        var fee = Fee(October, "2026-10-11");
        Assert.Equal(21, fee.DaysServed);
        Assert.Equal(13.55m, fee.Collection); // 20 × 21 / 31 = 13.548…
        Assert.Equal(13.55m, fee.Disposal);
        Assert.Equal(27.10m, fee.Total);
    }

    [Fact]
    public void MovingOutOnThe5th_BillsTheDaysUpToAndIncludingIt()
    {
        var fee = Fee(October, "2020-01-01", stop: "2026-10-05");
        Assert.Equal(5, fee.BillableDays);
        Assert.Equal(6.46m, fee.Total); // 3.225… → 3.23 twice
    }

    [Fact]
    public void StartAndStopInOneMonth_BillsTheDaysBetween()
    {
        var fee = Fee(October, "2026-10-10", stop: "2026-10-19", collection: 31m, disposal: 0m);
        Assert.Equal(10, fee.BillableDays);
        Assert.Equal(10.00m, fee.Total);
    }

    [Fact]
    public void HalfAwayFromZero_AtTheSatang()
    {
        // November has 30 days; from the 16th is 15 of them: 0.25 × 15 / 30 = 0.125 → 0.13 (banker's rounding would give 0.12)
        var fee = Fee(new BillingPeriod(2026, 11), "2026-11-16", collection: 0.25m, disposal: 14.50m);
        Assert.Equal(0.13m, fee.Collection);
        Assert.Equal(7.25m, fee.Disposal);
    }

    [Fact]
    public void ALeapFebruary_Has29Days()
    {
        var fee = Fee(February, "2028-02-29", collection: 29m, disposal: 0m);
        Assert.Equal(1, fee.BillableDays);
        Assert.Equal(1.00m, fee.Total);
    }

    [Fact]
    public void AnExemptionCoveringTheMonth_LeavesNothingToPay_AndSaysExempt()
    {
        var fee = Fee(October, "2020-01-01", exemptFrom: "2026-01-01");
        Assert.True(fee.Exempt);
        Assert.Equal(0m, fee.Total);
        Assert.Equal(31, fee.DaysExempt);
    }

    [Fact]
    public void AnExemptionForPartOfTheMonth_BillsTheOtherDays()
    {
        var fee = Fee(October, "2020-01-01", exemptFrom: "2026-10-01", exemptUntil: "2026-10-15");
        Assert.False(fee.Exempt);
        Assert.Equal(16, fee.BillableDays);
        Assert.Equal(20.64m, fee.Total); // 20 × 16 / 31 = 10.32 twice
    }

    [Fact]
    public void AnExemptionOutsideTheDaysServed_ChangesNothing()
    {
        var fee = Fee(October, "2026-10-16", exemptFrom: "2026-10-01", exemptUntil: "2026-10-10");
        Assert.Equal(0, fee.DaysExempt);
        Assert.Equal(16, fee.BillableDays);
    }

    [Fact]
    public void APointNotServedInTheMonth_HasNothingAndIsNotExempt()
    {
        var before = Fee(October, "2026-11-01");
        var after = Fee(October, "2020-01-01", stop: "2026-09-30");
        Assert.Equal(0, before.DaysServed);
        Assert.Equal(0, after.DaysServed);
        Assert.False(before.Exempt);
        Assert.Equal(0m, after.Total);
    }

    [Theory]
    [InlineData("2026-11", 2026, 11)]
    [InlineData("2569-11", 2026, 11)]
    [InlineData(" 2026-01 ", 2026, 1)]
    public void PeriodsAreReadInEitherEra(string text, int year, int month) =>
        Assert.Equal(new BillingPeriod(year, month), BillingPeriod.Parse(text));

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026/11")]
    [InlineData("11-2026")]
    [InlineData("")]
    [InlineData(null)]
    public void BadPeriodsAreRefused(string? text) => Assert.Null(BillingPeriod.Parse(text));

    [Fact]
    public void PeriodArithmetic_CrossesYears()
    {
        Assert.Equal(new BillingPeriod(2027, 1), new BillingPeriod(2026, 12).Next);
        Assert.Equal(new BillingPeriod(2025, 11), new BillingPeriod(2026, 11).Plus(-12));
        Assert.Equal("พ.ย. 2569", new BillingPeriod(2026, 11).Name(thai: true));
        Assert.Equal("Nov 2026", new BillingPeriod(2026, 11).Name(thai: false));
    }
}
