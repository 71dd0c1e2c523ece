namespace LocalGov.Thai.Tests.Calendar;

public sealed class ThaiFiscalYearTests
{
    [Theory]
    // DOMAIN.md: 1 Oct 2026 – 30 Sep 2027 is FY 2570.
    [InlineData(2026, 10, 1, 2570)]
    [InlineData(2027, 9, 30, 2570)]
    [InlineData(2026, 12, 31, 2570)]
    [InlineData(2027, 1, 1, 2570)]
    [InlineData(2026, 9, 30, 2569)]
    [InlineData(2027, 10, 1, 2571)]
    public void Of_NamesTheYearByTheBuddhistYearInWhichItEnds(int year, int month, int day, int expected) =>
        Assert.Equal(expected, ThaiFiscalYear.Of(new DateOnly(year, month, day)).BuddhistYear);

    [Fact]
    public void FirstAndLastDay_AreFirstOctoberAndThirtiethSeptember()
    {
        var year = new ThaiFiscalYear(2570);

        Assert.Equal(new DateOnly(2026, 10, 1), year.FirstDay);
        Assert.Equal(new DateOnly(2027, 9, 30), year.LastDay);
    }

    [Fact]
    public void Of_EveryDayOfTenYears_LiesWithinItsFiscalYear()
    {
        for (var day = new DateOnly(2020, 1, 1); day < new DateOnly(2030, 1, 1); day = day.AddDays(1))
        {
            ThaiFiscalYear year = ThaiFiscalYear.Of(day);

            Assert.True(year.Contains(day));
            Assert.False(year.Previous().Contains(day));
            Assert.False(year.Next().Contains(day));
            Assert.Equal(year.Next(), ThaiFiscalYear.Of(year.LastDay.AddDays(1)));
        }
    }

    [Fact]
    public void Of_AnInstant_UsesTheDateInBangkok()
    {
        var lastMomentOfSeptemberInBangkok = new DateTimeOffset(2027, 9, 30, 16, 59, 59, TimeSpan.Zero);

        Assert.Equal(2570, ThaiFiscalYear.Of(lastMomentOfSeptemberInBangkok).BuddhistYear);
        Assert.Equal(2571, ThaiFiscalYear.Of(lastMomentOfSeptemberInBangkok.AddSeconds(1)).BuddhistYear);
    }

    [Fact]
    public void Years_CompareByTheirNumber()
    {
        Assert.True(new ThaiFiscalYear(2569) < new ThaiFiscalYear(2570));
        Assert.True(new ThaiFiscalYear(2570) >= new ThaiFiscalYear(2570));
        Assert.Equal(new ThaiFiscalYear(2570), ThaiFiscalYear.Of(new DateOnly(2027, 3, 1)));
    }

    [Theory]
    [InlineData(ThaiFiscalYear.MinBuddhistYear - 1)]
    [InlineData(ThaiFiscalYear.MaxBuddhistYear + 1)]
    public void Constructor_WhenOutsideDateOnlyRange_Throws(int buddhistYear) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ThaiFiscalYear(buddhistYear));

    [Fact]
    public void ExtremeYears_HaveRepresentableDays()
    {
        Assert.Equal(new DateOnly(1, 10, 1), new ThaiFiscalYear(ThaiFiscalYear.MinBuddhistYear).FirstDay);
        Assert.Equal(new DateOnly(9999, 9, 30), new ThaiFiscalYear(ThaiFiscalYear.MaxBuddhistYear).LastDay);
    }

    [Fact]
    public void ToString_IsTheThaiName() => Assert.Equal("ปีงบประมาณ พ.ศ. 2570", new ThaiFiscalYear(2570).ToString());

    [Theory]
    [InlineData(1, 9, 30)]
    [InlineData(9999, 10, 1)]
    public void Of_WhenTheFiscalYearLeavesDateOnlyRange_NamesTheDateItWasGiven(int year, int month, int day)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ThaiFiscalYear.Of(new DateOnly(year, month, day)));

        Assert.Equal("date", error.ParamName);
        Assert.Contains("pass a date from 1 October 1 CE to 30 September 9999 CE", error.Message, StringComparison.Ordinal);
    }
}
