namespace LocalGov.Thai.Tests.Land;

public sealed class ThaiLandAreaTests
{
    [Fact]
    public void OneRai_IsFourNganFourHundredSquareWaAndSixteenHundredSquareMetres()
    {
        var rai = new ThaiLandArea(1, 0, 0);

        Assert.Equal(new ThaiLandArea(0, 4, 0), rai);
        Assert.Equal(ThaiLandArea.FromSquareWa(400), rai);
        Assert.Equal(1600m, rai.SquareMetres);
        Assert.Equal(rai, ThaiLandArea.FromSquareMetres(1600));
    }

    [Fact]
    public void Parts_AreNormalized()
    {
        var area = new ThaiLandArea(0, 5, 120.5m);

        Assert.Equal(1, area.Rai);
        Assert.Equal(2, area.Ngan);
        Assert.Equal(20.5m, area.SquareWa);
        Assert.Equal(620.5m, area.TotalSquareWa);
    }

    [Fact]
    public void FromSquareMetres_ConvertsExactly()
    {
        ThaiLandArea area = ThaiLandArea.FromSquareMetres(2_602m);

        // 2,602 m² = 650.5 square wa = 1 rai 2 ngan 50.5 square wa.
        Assert.Equal(650.5m, area.TotalSquareWa);
        Assert.Equal("1-2-50.5", area.ToString());
        Assert.Equal("1 ไร่ 2 งาน 50.5 ตารางวา", area.ToThaiString());
        Assert.Equal(1.62625m, area.TotalRai);
    }

    [Fact]
    public void SquareMetres_RoundTripThroughRaiNganSquareWa()
    {
        var random = new Random(1600);
        for (int i = 0; i < 5_000; i++)
        {
            decimal squareMetres = random.Next(0, 100_000_000) / 100m;
            ThaiLandArea area = ThaiLandArea.FromSquareMetres(squareMetres);
            var rebuilt = new ThaiLandArea((int)area.Rai, area.Ngan, area.SquareWa);

            Assert.Equal(squareMetres, rebuilt.SquareMetres);
            Assert.InRange(area.Ngan, 0, 3);
            Assert.InRange(area.SquareWa, 0m, 99.9999m);
        }
    }

    [Fact]
    public void Areas_AddAndCompare()
    {
        ThaiLandArea sum = new ThaiLandArea(1, 3, 60) + new ThaiLandArea(0, 0, 50);

        Assert.Equal(new ThaiLandArea(2, 0, 10), sum);
        Assert.True(sum > new ThaiLandArea(2, 0, 9.9m));
    }

    [Theory]
    [InlineData(-1, 0, 0)]
    [InlineData(0, -1, 0)]
    [InlineData(0, 0, -0.1)]
    public void Constructor_WhenAPartIsNegative_Throws(int rai, int ngan, double squareWa) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ThaiLandArea(rai, ngan, (decimal)squareWa));

    [Fact]
    public void FromSquareMetres_WhenNegative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiLandArea.FromSquareMetres(-4));

    [Fact]
    public void Rai_WhenJustUnderOneRai_IsZeroAndThePartsAddUp()
    {
        // Dividing 399.99…98 by 400 rounds to 1 in decimal; the whole rai must come from the exact remainder.
        ThaiLandArea area = ThaiLandArea.FromSquareWa(399.99999999999999999999999998m);

        Assert.Equal(0, area.Rai);
        Assert.Equal(3, area.Ngan);
        Assert.Equal(99.99999999999999999999999998m, area.SquareWa);
        Assert.Equal(area.TotalSquareWa, (area.Rai * 400) + (area.Ngan * 100) + area.SquareWa);
    }

    [Fact]
    public void ToString_WhenSquareWaHasManyDecimals_WritesThemExactlyInsteadOfRoundingTo100()
    {
        var area = new ThaiLandArea(0, 0, 399.9999999999999999999999999m);

        Assert.Equal("0-3-99.9999999999999999999999999", area.ToString());
        Assert.Equal("0 ไร่ 3 งาน 99.9999999999999999999999999 ตารางวา", area.ToThaiString());
    }

    [Fact]
    public void Constructor_WhenNegative_MessageSaysWhatToFixInEveryCulture()
    {
        System.Globalization.CultureInfo saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");

            var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ThaiLandArea(0, 0, -0.5m));

            Assert.Equal("squareWa", error.ParamName);
            Assert.Contains("must be zero or more", error.Message, StringComparison.Ordinal);
            Assert.Contains("-0.5", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
