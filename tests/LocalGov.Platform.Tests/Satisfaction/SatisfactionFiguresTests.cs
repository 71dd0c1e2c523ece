using LocalGov.Platform.Satisfaction;
using LocalGov.Platform.Web;

namespace LocalGov.Platform.Tests.Satisfaction;

/// <summary>The indicator's arithmetic as DGA counts it: share of 4–5 and mean, added up by counts, never by percentages.</summary>
public sealed class SatisfactionFiguresTests
{
    [Fact]
    public void ShareAndMean_CountFoursAndFivesAmongAllAnswers()
    {
        var f = SatisfactionFigures.Of([5, 4, 4, 3, 1]);
        Assert.Equal(5, f.Answers);
        Assert.Equal(3, f.Satisfied);
        Assert.Equal(17, f.StarSum);
        Assert.Equal(60.0, f.SharePercent);
        Assert.Equal(3.4, f.Mean);
        Assert.True(f.BelowTarget);
        Assert.Equal("60.0 %", f.ShareText);
        Assert.Equal("3.40", f.MeanText);
    }

    [Fact]
    public void ExactlyEightyPercent_MeetsTheTarget_AndNoAnswersJudgeNothing()
    {
        Assert.False(SatisfactionFigures.Of([5, 5, 4, 4, 2]).BelowTarget); // 4 of 5 = 80 %
        Assert.True(SatisfactionFigures.Of([5, 5, 4, 3, 2]).BelowTarget);
        Assert.Null(SatisfactionFigures.None.SharePercent);
        Assert.Null(SatisfactionFigures.None.Mean);
        Assert.False(SatisfactionFigures.None.BelowTarget);
        Assert.Equal("-", SatisfactionFigures.None.ShareText);
    }

    [Fact]
    public void Groups_AddByCounts_NotByAveragingPercentages()
    {
        var small = SatisfactionFigures.Of([1]);              // 0 %
        var large = SatisfactionFigures.Of([5, 5, 5, 5, 5, 5, 5, 5, 5]); // 100 %
        var both = SatisfactionSummary.Total([Row("a", "2026-11", small), Row("b", "2026-12", large)]);
        Assert.Equal(90.0, both.SharePercent);        // 9 of 10, not (0 + 100) / 2
        Assert.Equal(46.0 / 10, both.Mean);
    }

    [Fact]
    public void ByService_PutsTheWeakestFirst_AndByMonth_FillsEmptyMonths()
    {
        var rows = new[]
        {
            Row("permit", "2026-12", SatisfactionFigures.Of([5, 5])),
            Row("complaint", "2026-12", SatisfactionFigures.Of([2, 5])),
            Row("complaint", "2026-10", SatisfactionFigures.Of([1])),
        };
        var services = SatisfactionSummary.ByService(rows);
        Assert.Equal(["complaint", "permit"], services.Select(s => s.ServiceType));
        Assert.Equal(1.0 / 3 * 100, services[0].Figures.SharePercent!.Value, 6);
        var months = SatisfactionSummary.ByMonth(rows, SatisfactionMonth.Last12("2026-12"));
        Assert.Equal(12, months.Count);
        Assert.Equal("2026-01", months[0].Month);
        Assert.Equal(0, months.Single(m => m.Month == "2026-11").Figures.Answers);
        Assert.Equal(4, months.Single(m => m.Month == "2026-12").Figures.Answers); // two services added up
    }

    [Fact]
    public void RankLaos_BestShareFirst_LaosWithoutAnswersLast()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid();
        var rows = new[]
        {
            new SatisfactionRow(a, "M", "s", "", "", "2026-12", SatisfactionFigures.Of([3, 5])),
            new SatisfactionRow(b, "M", "s", "", "", "2026-12", SatisfactionFigures.Of([5, 4, 4])),
        };
        Assert.Equal([b, a, c], SatisfactionSummary.RankLaos(rows, [c, a, b]).Select(r => r.TenantId));
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData(" 5 ", 5)]
    public void Scale_AcceptsOneToFive(string text, int stars) => Assert.Equal(stars, SatisfactionScale.Parse(text));

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("abc")]
    [InlineData("4.5")]
    [InlineData("-3")]
    [InlineData("")]
    [InlineData(null)]
    public void Scale_RefusesAnythingElse_NamingTheField(string? text)
    {
        var refused = Assert.Throws<BusinessRuleException>(() => SatisfactionScale.Parse(text));
        Assert.Equal("stars", refused.Field);
        Assert.Contains("1 to 5", refused.UserMessage.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Month_IsTheBangkokMonth()
    {
        Assert.Equal("2027-01", SatisfactionMonth.Of(new DateTime(2026, 12, 31, 17, 30, 0, DateTimeKind.Utc))); // 00:30 on 1 Jan in Bangkok
        Assert.Equal("2026-12", SatisfactionMonth.Of(new DateTime(2026, 12, 31, 16, 59, 0, DateTimeKind.Utc)));
        Assert.Equal("ธ.ค. 69", SatisfactionMonth.Short("2026-12", thai: true));
        Assert.Equal("Dec 2026", SatisfactionMonth.Short("2026-12", thai: false));
    }

    private static SatisfactionRow Row(string service, string month, SatisfactionFigures figures) =>
        new(Guid.Empty, "M", service, service, service, month, figures);
}
