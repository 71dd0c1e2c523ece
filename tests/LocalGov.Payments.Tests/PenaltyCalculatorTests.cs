using LocalGov.Payments.Contracts;
using LocalGov.Payments.Penalties;

namespace LocalGov.Payments.Tests;

/// <summary>Worked examples from DOMAIN.md: land and building tax 10/20/40 % and 1 % a month; signboard tax 2 % a month.</summary>
public sealed class PenaltyCalculatorTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    // Tax of 10,000 baht due 30 Apr 2026; warning notice 1 Jun, its period ends 1 Jul.
    private static readonly PenaltyPolicy LandTax = new(
        [new SurchargeStep(D(2026, 5, 1), 10m), new SurchargeStep(D(2026, 6, 1), 20m), new SurchargeStep(D(2026, 7, 2), 40m)],
        MonthlyInterestPercent: 1m,
        InterestFrom: D(2026, 5, 1));

    [Fact]
    public void LandTax_PaidOnTheDueDate_HasNoPenalty() =>
        Assert.Equal(10_000m, PenaltyCalculator.Due(LandTax, 10_000m, D(2026, 4, 30)).Total);

    [Fact]
    public void Surcharge_WhenPaidBeforeTheWarning_Is10Percent_PlusOneMonth() =>
        AssertDue(PenaltyCalculator.Due(LandTax, 10_000m, D(2026, 5, 15)), surcharge: 1_000m, interest: 100m, total: 11_100m);

    [Fact]
    public void Surcharge_WhenPaidWithinTheWarningPeriod_Is20Percent() =>
        AssertDue(PenaltyCalculator.Due(LandTax, 10_000m, D(2026, 6, 10)), surcharge: 2_000m, interest: 200m, total: 12_200m);

    [Fact]
    public void Surcharge_WhenPaidAfterTheWarningPeriod_Is40Percent_AndInterestCountsStartedMonths() =>
        AssertDue(PenaltyCalculator.Due(LandTax, 10_000m, D(2026, 9, 1)), surcharge: 4_000m, interest: 500m, total: 14_500m);

    [Fact]
    public void Interest_IsOnThePrincipalOnly_NeverOnTheFine()
    {
        var due = PenaltyCalculator.Due(LandTax, 10_000m, D(2026, 9, 1));
        Assert.Equal(10_000m * 0.01m * 5, due.Interest); // not (10,000 + 4,000) × 5 %
    }

    [Fact]
    public void SignboardTax_TwoPercentAMonth_PartMonthsWhole()
    {
        var signboard = new PenaltyPolicy([], 2m, D(2026, 4, 16));
        AssertDue(PenaltyCalculator.Due(signboard, 1_000m, D(2026, 6, 16)), surcharge: 0m, interest: 60m, total: 1_060m);
        AssertDue(PenaltyCalculator.Due(signboard, 1_000m, D(2026, 6, 15)), surcharge: 0m, interest: 40m, total: 1_040m);
    }

    [Theory]
    [InlineData(2026, 5, 1, 1)]
    [InlineData(2026, 5, 31, 1)]
    [InlineData(2026, 6, 1, 2)]
    [InlineData(2026, 4, 30, 0)]
    [InlineData(2027, 4, 30, 12)]
    [InlineData(2027, 5, 1, 13)]
    public void MonthsLate_CountsEveryStartedMonth(int y, int m, int d, int months) =>
        Assert.Equal(months, PenaltyCalculator.MonthsLate(D(2026, 5, 1), D(y, m, d)));

    [Theory]
    [InlineData(2, 27, 1)]
    [InlineData(2, 28, 2)] // 31 Jan + 1 month = 28 Feb: the second month has begun
    [InlineData(3, 30, 2)]
    [InlineData(3, 31, 3)]
    public void MonthsLate_FromTheEndOfAMonth_FollowsTheCalendar(int m, int d, int months) =>
        Assert.Equal(months, PenaltyCalculator.MonthsLate(D(2026, 1, 31), D(2026, m, d)));

    [Fact]
    public void PayingInParts_CostsTheSameAsPayingAtOnce_OnTheSameDay()
    {
        var day = D(2026, 5, 15);
        var first = PenaltyCalculator.Apportion(LandTax, 10_000m, 5_550m, day);
        AssertDue(first, surcharge: 500m, interest: 50m, total: 5_550m);
        Assert.Equal(5_000m, first.Principal);
        var rest = PenaltyCalculator.Due(LandTax, 10_000m - first.Principal, day);
        Assert.Equal(11_100m, first.Total + rest.Total);
    }

    [Fact]
    public void Apportion_OddAmounts_RoundPrincipalDown_SoPenaltiesAreNotLost()
    {
        var split = PenaltyCalculator.Apportion(LandTax, 10_000m, 1_000m, D(2026, 5, 15)); // factor 1.11
        Assert.Equal(900.90m, split.Principal);
        Assert.Equal(90.09m, split.Surcharge);
        Assert.Equal(9.01m, split.Interest);
        Assert.Equal(1_000m, split.Total);
    }

    private static void AssertDue(AmountDueView due, decimal surcharge, decimal interest, decimal total)
    {
        Assert.Equal(surcharge, due.Surcharge);
        Assert.Equal(interest, due.Interest);
        Assert.Equal(total, due.Total);
    }
}
