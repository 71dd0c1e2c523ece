using System.Globalization;
using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Tests.Localization;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Text = new("สวัสดี", "Hello");

    [Theory]
    [InlineData("th-TH", "สวัสดี")]
    [InlineData("en-US", "Hello")]
    [InlineData("en-GB", "Hello")]
    [InlineData("fr-FR", "สวัสดี")] // Thai first
    public void For_PicksEnglishOnlyForEnglish(string culture, string expected) =>
        Assert.Equal(expected, Text.For(new CultureInfo(culture)));

    [Fact]
    public void Bilingual_JoinsBoth() => Assert.Equal("สวัสดี / Hello", Text.Bilingual);

    [Fact]
    public void ThaiCulture_ParsesAndFormatsGregorianDates()
    {
        var thai = SupportedCultures.All[0];
        Assert.Equal(2026, DateTime.Parse("2026-05-10", thai).Year);
        Assert.Equal("2026", new DateTime(2026, 5, 10).ToString("yyyy", thai));
    }
}
