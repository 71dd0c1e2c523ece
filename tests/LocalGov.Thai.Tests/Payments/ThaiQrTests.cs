namespace LocalGov.Thai.Tests.Payments;

public sealed class ThaiQrTests
{
    // DOMAIN.md vectors.
    private const string NationalIdWith100Baht =
        "00020101021229370016A000000677010111021301412345678905802TH53037645406100.006304B5C8";

    private const string MobileWithoutAmount =
        "00020101021129370016A000000677010111011300668123456785802TH530376463045D82";

    [Fact]
    public void ReferenceCrc_MatchesTheStandardCheckValue() => Assert.Equal("29B1", ReferenceCrc16.Of("123456789"));

    [Fact]
    public void CreditTransfer_ToNationalIdWithAmount_ReproducesTheDomainVector() =>
        Assert.Equal(NationalIdWith100Baht, ThaiQr.CreditTransfer("0141234567890", 100.00m));

    [Theory]
    [InlineData("0812345678")]
    [InlineData("081-234-5678")]
    [InlineData("081 234 5678")]
    [InlineData("+66 81 234 5678")]
    [InlineData("+66812345678")]
    public void CreditTransfer_ToMobileWithoutAmount_ReproducesTheDomainVector(string mobile) =>
        Assert.Equal(MobileWithoutAmount, ThaiQr.CreditTransfer(mobile));

    [Fact]
    public void Parse_NationalIdVector_ReturnsItsFields()
    {
        ThaiQrPayload payload = ThaiQr.Parse(NationalIdWith100Baht);

        Assert.Equal(
            new ThaiQrPayload
            {
                Kind = ThaiQrKind.CreditTransfer,
                IsDynamic = true,
                Amount = 100.00m,
                TargetType = ThaiQrTargetType.NationalId,
                Target = "0141234567890",
            },
            payload);
    }

    [Fact]
    public void Parse_MobileVector_ReturnsTheDomesticNumberAndNoAmount()
    {
        ThaiQrPayload payload = ThaiQr.Parse(MobileWithoutAmount);

        Assert.Equal(ThaiQrTargetType.Mobile, payload.TargetType);
        Assert.Equal("0812345678", payload.Target);
        Assert.Null(payload.Amount);
        Assert.False(payload.IsDynamic);
        Assert.Equal("764", payload.CurrencyCode);
        Assert.Equal("TH", payload.CountryCode);
    }

    [Fact]
    public void Parse_WhenFieldsComeInAnotherOrder_ReadsTheSameFields()
    {
        // promptparse's order: 00, 01, 29, 53, 58, 54.
        string reordered = ReferenceCrc16.Seal(
            "000201" + "010212" + "29370016A0000006770101110213" + "0141234567890" + "5303764" + "5802TH" + "5406100.00");

        Assert.NotEqual(NationalIdWith100Baht, reordered);
        Assert.Equal(ThaiQr.Parse(NationalIdWith100Baht), ThaiQr.Parse(reordered));
    }

    [Fact]
    public void Parse_WhenOneCharacterChanged_RejectsTheCrc()
    {
        string tampered = NationalIdWith100Baht.Replace("5406100.00", "5406900.00", StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => ThaiQr.Parse(tampered));
        Assert.StartsWith("CRC mismatch: the payload carries B5C8", error.Message, StringComparison.Ordinal);
        Assert.False(ThaiQr.TryParse(tampered, out _));
    }

    [Fact]
    public void Parse_AcceptsLowerCaseCrcAndSurroundingWhiteSpace() =>
        Assert.Equal(
            ThaiQr.Parse(NationalIdWith100Baht),
            ThaiQr.Parse("  " + NationalIdWith100Baht[..^4] + "b5c8\n"));

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("000201010211")]
    public void Parse_WhenNotAThaiQr_ThrowsFormatException(string payload) =>
        Assert.Throws<FormatException>(() => ThaiQr.Parse(payload));

    [Fact]
    public void Parse_WhenLengthOverrunsThePayload_SaysWhere()
    {
        string broken = ReferenceCrc16.Seal("000201" + "010211" + "2999");

        var error = Assert.Throws<FormatException>(() => ThaiQr.Parse(broken));
        Assert.Equal("At position 13: tag 29 declares 99 characters but only 8 remain.", error.Message);
    }

    [Fact]
    public void Parse_WhenNoPromptPayAccount_SaysWhatWasExpected()
    {
        string other = ReferenceCrc16.Seal("000201" + "010211" + "5303764" + "5802TH");

        var error = Assert.Throws<FormatException>(() => ThaiQr.Parse(other));
        Assert.StartsWith("No PromptPay account found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenNull_ThrowsArgumentNull() => Assert.Throws<ArgumentNullException>(() => ThaiQr.Parse(null!));

    [Fact]
    public void CreditTransfer_ToEWallet_UsesSubTag03()
    {
        string payload = ThaiQr.CreditTransfer("140000012345678", 50m);

        Assert.Contains("0315140000012345678", payload, StringComparison.Ordinal);
        Assert.Equal(ThaiQrTargetType.EWallet, ThaiQr.Parse(payload).TargetType);
    }

    [Fact]
    public void BillPayment_WritesTag30AndReadsBack()
    {
        string payload = ThaiQr.BillPayment("010753600031508", "INV2569001", "HOUSE42", 1234.5m);

        Assert.StartsWith("000201010212" + "3064" + "0016A000000677010112" + "0115010753600031508" + "0210INV2569001" + "0307HOUSE42", payload, StringComparison.Ordinal);
        Assert.Equal(
            new ThaiQrPayload
            {
                Kind = ThaiQrKind.BillPayment,
                IsDynamic = true,
                Amount = 1234.50m,
                BillerId = "010753600031508",
                Ref1 = "INV2569001",
                Ref2 = "HOUSE42",
            },
            ThaiQr.Parse(payload));
    }

    [Fact]
    public void BillPayment_UpperCasesReferencesAndLeavesOutAnEmptyRef2()
    {
        ThaiQrPayload payload = ThaiQr.Parse(ThaiQr.BillPayment("010753600031508", "inv9", ""));

        Assert.Equal("INV9", payload.Ref1);
        Assert.Null(payload.Ref2);
        Assert.False(payload.IsDynamic);
    }

    [Fact]
    public void Parse_ReadsRef3FromAnotherGeneratorsTag62()
    {
        string payload = ReferenceCrc16.Seal(
            "000201" + "010211" + "30360016A000000677010112" + "01040991" + "0204REF1" + "5303764" + "5802TH" + "62080704REF3");

        Assert.Equal("REF3", ThaiQr.Parse(payload).Ref3);
    }

    [Fact]
    public void Parse_WhenTheCrcLookalikeSitsInsideAnotherField_Throws()
    {
        // "…6304" + the right CRC ends the text, but inside tag 62's value: the payload has no CRC field at all.
        const string body = "00020101021129370016A000000677010111011300668123456785802TH5303764" + "6214" + "0710" + "AB6304";
        string payload = body + ReferenceCrc16.Of(body);

        var error = Assert.Throws<FormatException>(() => ThaiQr.Parse(payload));
        Assert.StartsWith("The last field is tag 62", error.Message, StringComparison.Ordinal);
        Assert.False(ThaiQr.TryParse(payload, out _));
    }
}
