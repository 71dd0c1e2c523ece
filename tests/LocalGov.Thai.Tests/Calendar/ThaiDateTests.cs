using System.Globalization;

namespace LocalGov.Thai.Tests.Calendar;

public sealed class ThaiDateTests
{
    [Fact]
    public void ToBuddhistYear_AddsFiveHundredFortyThree()
    {
        Assert.Equal(2569, ThaiDate.ToBuddhistYear(2026));
        Assert.Equal(2026, ThaiDate.ToGregorianYear(2569));
    }

    [Fact]
    public void ToShortString_IsDayAbbreviatedMonthAndBuddhistYear() =>
        Assert.Equal("21 พ.ย. 2569", ThaiDate.ToShortString(new DateOnly(2026, 11, 21)));

    [Fact]
    public void ToLongString_IsDayMonthAndPorSorYear() =>
        Assert.Equal("21 พฤศจิกายน พ.ศ. 2569", ThaiDate.ToLongString(new DateOnly(2026, 11, 21)));

    [Theory]
    [InlineData(1, "มกราคม", "ม.ค.")]
    [InlineData(2, "กุมภาพันธ์", "ก.พ.")]
    [InlineData(3, "มีนาคม", "มี.ค.")]
    [InlineData(4, "เมษายน", "เม.ย.")]
    [InlineData(5, "พฤษภาคม", "พ.ค.")]
    [InlineData(6, "มิถุนายน", "มิ.ย.")]
    [InlineData(7, "กรกฎาคม", "ก.ค.")]
    [InlineData(8, "สิงหาคม", "ส.ค.")]
    [InlineData(9, "กันยายน", "ก.ย.")]
    [InlineData(10, "ตุลาคม", "ต.ค.")]
    [InlineData(11, "พฤศจิกายน", "พ.ย.")]
    [InlineData(12, "ธันวาคม", "ธ.ค.")]
    public void MonthNames_AreTheOfficialThaiNames(int month, string name, string abbreviation)
    {
        Assert.Equal(name, ThaiDate.MonthName(month));
        Assert.Equal(abbreviation, ThaiDate.MonthAbbreviation(month));
        Assert.Equal($"1 {abbreviation} 2570", ThaiDate.ToShortString(new DateOnly(2027, month, 1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void MonthName_WhenNotAMonth_Throws(int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiDate.MonthName(month));

    [Fact]
    public void InBangkok_AfterFivePmUtc_IsTheNextDay()
    {
        var instant = new DateTimeOffset(2026, 9, 30, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 10, 1), ThaiDate.InBangkok(instant));
        Assert.Equal("1 ต.ค. 2569", ThaiDate.ToShortString(instant));
        Assert.Equal("30 ก.ย. 2569", ThaiDate.ToShortString(instant.AddSeconds(-1)));
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("en-US")]
    [InlineData("")]
    public void Formats_DoNotDependOnTheCurrentCulture(string culture)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);

            Assert.Equal("5 ม.ค. 2570", ThaiDate.ToShortString(new DateOnly(2027, 1, 5)));
            Assert.Equal("5 มกราคม พ.ศ. 2570", ThaiDate.ToLongString(new DateOnly(2027, 1, 5)));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
