namespace LocalGov.Thai.Tests.Identifiers;

public sealed class ThaiHouseCodeTests
{
    // Weights 11..2 over 1234567890: s = 11+20+27+32+35+36+35+32+27+0 = 255; 255 mod 11 = 2; check = 9.
    private const string Example = "12345678909";

    [Theory]
    [InlineData(Example)]
    [InlineData("1234-567890-9")]
    public void IsValid_WhenCheckDigitRight_ReturnsTrue(string houseCode) =>
        Assert.True(ThaiHouseCode.IsValid(houseCode));

    [Theory]
    [InlineData("12345678908")]
    [InlineData("1234567890")]
    [InlineData("123456789090")]
    [InlineData("1234A678909")]
    [InlineData(null)]
    public void IsValid_WhenWrong_ReturnsFalse(string? houseCode) => Assert.False(ThaiHouseCode.IsValid(houseCode));

    [Fact]
    public void Check_WhenCheckDigitWrong_SaysWhatItShouldBe()
    {
        ThaiIdCheckResult result = ThaiHouseCode.Check("12345678900");

        Assert.Equal(ThaiIdProblem.WrongCheckDigit, result.Problem);
        Assert.Equal(9, result.ExpectedCheckDigit);
        Assert.Equal("The last digit of this house code should be 9, not 0: a digit is probably mistyped.", result.Message);
    }

    [Fact]
    public void Check_WhenThirteenDigits_ReportsWrongLength()
    {
        ThaiIdCheckResult result = ThaiHouseCode.Check("1112034563562");

        Assert.Equal(ThaiIdProblem.WrongLength, result.Problem);
        Assert.Equal(11, result.ExpectedLength);
    }

    [Fact]
    public void ComputeCheckDigit_ForExample_IsNine() => Assert.Equal(9, ThaiHouseCode.ComputeCheckDigit("1234567890"));

    [Fact]
    public void GetRegistrarOfficeCode_IsTheFirstFourDigits() =>
        Assert.Equal("1234", ThaiHouseCode.GetRegistrarOfficeCode("1234-567890-9"));

    [Fact]
    public void IsValid_AgreesWithTheFormulaOnRandomElevenDigitStrings()
    {
        var random = new Random(5);
        for (int i = 0; i < 20_000; i++)
        {
            string code = i % 2 == 0
                ? ThaiHouseCode.Generate(random)
                : ThaiNationalIdPropertyTests.RandomDigits(random, 11);
            int sum = 0;
            for (int k = 0; k < 10; k++)
            {
                sum += (code[k] - '0') * (11 - k);
            }

            bool expected = (11 - (sum % 11)) % 10 == code[10] - '0';

            Assert.Equal(expected, ThaiHouseCode.IsValid(code));
            if (i % 2 == 0)
            {
                Assert.True(expected, code);
            }
        }
    }
}
