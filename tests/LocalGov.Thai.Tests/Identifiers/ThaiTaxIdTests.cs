namespace LocalGov.Thai.Tests.Identifiers;

public sealed class ThaiTaxIdTests
{
    // Synthetic juristic-person tax ID with a correct check digit (same scheme as the national ID).
    private const string Example = "0123456789016";

    [Theory]
    [InlineData(Example)]
    [InlineData("0-1234-56789-01-6")]
    public void IsValid_WhenCheckDigitRight_ReturnsTrue(string taxId) => Assert.True(ThaiTaxId.IsValid(taxId));

    [Fact]
    public void IsValid_WhenCheckDigitWrong_ReturnsFalse() => Assert.False(ThaiTaxId.IsValid("0123456789017"));

    [Fact]
    public void Check_WhenTooShort_SpeaksOfATaxId() =>
        Assert.Equal("A tax ID has 13 digits, but 10 were given.", ThaiTaxId.Check("0123456789").Message);

    [Fact]
    public void Format_GroupsLikeANationalId() => Assert.Equal("0-1234-56789-01-6", ThaiTaxId.Format(Example));

    [Fact]
    public void Normalize_DropsSeparators() => Assert.Equal(Example, ThaiTaxId.Normalize("0 1234 56789 01 6"));

    [Fact]
    public void IsValid_AgreesWithNationalIdOnRandomInput()
    {
        var random = new Random(11);
        for (int i = 0; i < 5_000; i++)
        {
            string digits = ThaiNationalIdPropertyTests.RandomDigits(random, 13);
            Assert.Equal(ThaiNationalId.IsValid(digits), ThaiTaxId.IsValid(digits));
        }
    }
}
