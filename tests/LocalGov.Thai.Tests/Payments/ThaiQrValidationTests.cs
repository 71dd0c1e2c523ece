namespace LocalGov.Thai.Tests.Payments;

/// <summary>Input a bank app would reject is refused up front with an <see cref="ArgumentException"/> naming the parameter.</summary>
public sealed class ThaiQrValidationTests
{
    [Theory]
    [InlineData("081234567")]
    [InlineData("08123456789")]
    [InlineData("1812345678")]
    [InlineData("01412345678901")]
    [InlineData("")]
    [InlineData("0812345678x")]
    [InlineData("+1 555 123 4567")]
    [InlineData("1234567890123456")]
    public void CreditTransfer_WhenTargetIsNotAMobileIdOrWallet_ThrowsArgumentException(string target)
    {
        var error = Assert.Throws<ArgumentException>(() => ThaiQr.CreditTransfer(target));
        Assert.Equal("target", error.ParamName);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("10000000000")]
    [InlineData("1.005")]
    public void CreditTransfer_WhenAmountIsNotPayable_ThrowsArgumentException(string amount)
    {
        var error = Assert.ThrowsAny<ArgumentException>(
            () => ThaiQr.CreditTransfer("0812345678", decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("amount", error.ParamName);
    }

    [Fact]
    public void CreditTransfer_WhenAmountFillsThe13CharacterField_IsAccepted() =>
        Assert.Contains("54139999999999.99", ThaiQr.CreditTransfer("0812345678", 9_999_999_999.99m), StringComparison.Ordinal);

    [Fact]
    public void CreditTransfer_WhenAmountIsNegative_SaysItMustBeMoreThanZero()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ThaiQr.CreditTransfer("0812345678", -5m));
        Assert.Contains("more than zero", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INV-2569")]
    [InlineData("INV 2569")]
    [InlineData("ใบแจ้งหนี้")]
    [InlineData("ı")]
    [InlineData("ABCDEFGHIJ0123456789X")]
    [InlineData("")]
    public void BillPayment_WhenRef1HasCharactersBankAppsRejectOrIsTooLong_ThrowsArgumentException(string ref1)
    {
        var error = Assert.Throws<ArgumentException>(() => ThaiQr.BillPayment("010753600031508", ref1));
        Assert.Equal("ref1", error.ParamName);
    }

    [Fact]
    public void BillPayment_WhenRef2HasAPunctuationMark_NamesTheCharacter()
    {
        var error = Assert.Throws<ArgumentException>(() => ThaiQr.BillPayment("010753600031508", "A1", "B.2"));
        Assert.Equal("ref2", error.ParamName);
        Assert.StartsWith("'.' at position 2 of reference 'B.2' is not allowed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0107536000315080")]
    [InlineData("01075360003150A")]
    public void BillPayment_WhenBillerIdIsNotUpTo15Digits_ThrowsArgumentException(string billerId)
    {
        var error = Assert.Throws<ArgumentException>(() => ThaiQr.BillPayment(billerId, "REF1"));
        Assert.Equal("billerId", error.ParamName);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("th-TH")]
    [InlineData("de-DE")]
    public void CreditTransfer_WhenAmountIsRejected_MessageIsTheSameInEveryCulture(string culture)
    {
        System.Globalization.CultureInfo saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);

            var negative = Assert.Throws<ArgumentOutOfRangeException>(() => ThaiQr.CreditTransfer("0812345678", -5.5m));
            var tooLarge = Assert.Throws<ArgumentOutOfRangeException>(() => ThaiQr.CreditTransfer("0812345678", 10_000_000_000.5m));

            Assert.Contains("Actual value was -5.5.", negative.Message, StringComparison.Ordinal);
            Assert.Contains("Actual value was 10000000000.5.", tooLarge.Message, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
