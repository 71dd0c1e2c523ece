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

    [Theory]
    [InlineData("ก่อสร้าง / build", "ก่อสร้าง", "build")]
    [InlineData("ศูนย์ดำรงธรรม โทร. 1567 / The Damrongtham Centre, call 1567", "ศูนย์ดำรงธรรม โทร. 1567", "The Damrongtham Centre, call 1567")]
    [InlineData("ชื่อสถานประกอบการ/โครงการ / Business", "ชื่อสถานประกอบการ/โครงการ", "Business")]
    public void FromPair_SplitsAThaiAndEnglishText(string text, string th, string en) =>
        Assert.Equal(new LocalizedText(th, en), LocalizedText.FromPair(text));

    [Theory]
    [InlineData("เขต / สาย / ลำดับ")] // Thai on both sides
    [InlineData("Z1 / R1")] // no Thai
    [InlineData("ถนนชำรุด / 2 จุด")] // Thai after the slash
    [InlineData("ค่าธรรมเนียม / 100")] // no English word after it
    [InlineData("ท่อแตก")]
    public void FromPair_LeavesOtherTextsTheSameInBothLanguages(string text) =>
        Assert.Equal(new LocalizedText(text, text), LocalizedText.FromPair(text));

    [Fact]
    public void ThaiCulture_ParsesAndFormatsGregorianDates()
    {
        var thai = SupportedCultures.All[0];
        Assert.Equal(2026, DateTime.Parse("2026-05-10", thai).Year);
        Assert.Equal("2026", new DateTime(2026, 5, 10).ToString("yyyy", thai));
    }
}
