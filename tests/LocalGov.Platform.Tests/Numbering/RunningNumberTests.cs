using LocalGov.Platform.Numbering;
using LocalGov.Platform.Timing;

namespace LocalGov.Platform.Tests.Numbering;

public sealed class RunningNumberTests
{
    [Fact]
    public void Formatted_IsPrefixFiscalYearAndSixDigits() =>
        Assert.Equal("CMP-2570-000123", new RunningNumber("CMP", 2570, 123).Formatted);

    [Fact]
    public void Formatted_WidensPastAMillion() =>
        Assert.Equal("RCP-2570-1234567", new RunningNumber("RCP", 2570, 1_234_567).Formatted);

    [Theory]
    [InlineData("2026-09-30T16:59:59Z", 2569)] // 23:59:59 on 30 Sep in Bangkok: still FY 2569
    [InlineData("2026-09-30T17:00:00Z", 2570)] // midnight 1 Oct in Bangkok: FY 2570 begins
    [InlineData("2026-11-21T00:00:00Z", 2570)]
    [InlineData("2027-09-30T12:00:00Z", 2570)]
    public void FiscalYear_IsCountedOnTheBangkokDate(string utc, int expected) =>
        Assert.Equal(expected, BangkokTime.FiscalYearOf(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal)));
}
