namespace LocalGov.Thai.Tests.Money;

public sealed class ThaiBahtTextTests
{
    [Theory]
    // DOMAIN.md worked examples.
    [InlineData("10050", "หนึ่งหมื่นห้าสิบบาทถ้วน")]
    [InlineData("21.50", "ยี่สิบเอ็ดบาทห้าสิบสตางค์")]
    // Zero and under one baht.
    [InlineData("0", "ศูนย์บาทถ้วน")]
    [InlineData("0.00", "ศูนย์บาทถ้วน")]
    [InlineData("0.50", "ห้าสิบสตางค์")]
    [InlineData("0.01", "หนึ่งสตางค์")]
    [InlineData("0.11", "สิบเอ็ดสตางค์")]
    [InlineData("0.21", "ยี่สิบเอ็ดสตางค์")]
    // เอ็ด and ยี่.
    [InlineData("1", "หนึ่งบาทถ้วน")]
    [InlineData("10", "สิบบาทถ้วน")]
    [InlineData("11", "สิบเอ็ดบาทถ้วน")]
    [InlineData("20", "ยี่สิบบาทถ้วน")]
    [InlineData("21", "ยี่สิบเอ็ดบาทถ้วน")]
    [InlineData("101", "หนึ่งร้อยเอ็ดบาทถ้วน")]
    [InlineData("111", "หนึ่งร้อยสิบเอ็ดบาทถ้วน")]
    [InlineData("201", "สองร้อยเอ็ดบาทถ้วน")]
    [InlineData("1001", "หนึ่งพันเอ็ดบาทถ้วน")]
    [InlineData("21.01", "ยี่สิบเอ็ดบาทหนึ่งสตางค์")]
    [InlineData("3061.21", "สามพันหกสิบเอ็ดบาทยี่สิบเอ็ดสตางค์")]
    [InlineData("9012.34", "เก้าพันสิบสองบาทสามสิบสี่สตางค์")]
    // Millions and repeated ล้าน.
    [InlineData("1000000", "หนึ่งล้านบาทถ้วน")]
    [InlineData("1000001", "หนึ่งล้านเอ็ดบาทถ้วน")]
    [InlineData("10000000", "สิบล้านบาทถ้วน")]
    [InlineData("10000001", "สิบล้านเอ็ดบาทถ้วน")]
    [InlineData("11000000", "สิบเอ็ดล้านบาทถ้วน")]
    [InlineData("11000001", "สิบเอ็ดล้านเอ็ดบาทถ้วน")]
    [InlineData("21000000", "ยี่สิบเอ็ดล้านบาทถ้วน")]
    [InlineData("10034567", "สิบล้านสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทถ้วน")]
    [InlineData("1001000000", "หนึ่งพันเอ็ดล้านบาทถ้วน")]
    [InlineData("5001000500", "ห้าพันเอ็ดล้านห้าร้อยบาทถ้วน")]
    [InlineData("1234567.89", "หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทแปดสิบเก้าสตางค์")]
    [InlineData("1000000000000", "หนึ่งล้านล้านบาทถ้วน")]
    [InlineData("1000000000001", "หนึ่งล้านล้านเอ็ดบาทถ้วน")]
    [InlineData("1001000000001", "หนึ่งล้านหนึ่งพันล้านเอ็ดบาทถ้วน")]
    [InlineData("1001000001001", "หนึ่งล้านหนึ่งพันล้านหนึ่งพันเอ็ดบาทถ้วน")]
    [InlineData("6534758965438", "หกล้านห้าแสนสามหมื่นสี่พันเจ็ดร้อยห้าสิบแปดล้านเก้าแสนหกหมื่นห้าพันสี่ร้อยสามสิบแปดบาทถ้วน")]
    [InlineData("14151614181914", "สิบสี่ล้านหนึ่งแสนห้าหมื่นหนึ่งพันหกร้อยสิบสี่ล้านหนึ่งแสนแปดหมื่นหนึ่งพันเก้าร้อยสิบสี่บาทถ้วน")]
    [InlineData("51000000000000.51", "ห้าสิบเอ็ดล้านล้านบาทห้าสิบเอ็ดสตางค์")]
    [InlineData("1000000000000000000", "หนึ่งล้านล้านล้านบาทถ้วน")]
    // Negative amounts.
    [InlineData("-100", "ลบหนึ่งร้อยบาทถ้วน")]
    [InlineData("-11", "ลบสิบเอ็ดบาทถ้วน")]
    [InlineData("-0.25", "ลบยี่สิบห้าสตางค์")]
    [InlineData("-550.25", "ลบห้าร้อยห้าสิบบาทยี่สิบห้าสตางค์")]
    public void ToText_ReadsTheAmountAsReceiptsPrintIt(string amount, string expected) =>
        Assert.Equal(expected, ThaiBahtText.ToText(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0.125", "สิบสามสตางค์")]
    [InlineData("0.124", "สิบสองสตางค์")]
    [InlineData("0.055", "หกสตางค์")]
    [InlineData("0.065", "เจ็ดสตางค์")]
    [InlineData("0.995", "หนึ่งบาทถ้วน")]
    [InlineData("1.005", "หนึ่งบาทหนึ่งสตางค์")]
    [InlineData("99.999", "หนึ่งร้อยบาทถ้วน")]
    [InlineData("-0.065", "ลบเจ็ดสตางค์")]
    [InlineData("-0.004", "ศูนย์บาทถ้วน")]
    [InlineData("0.0049", "ศูนย์บาทถ้วน")]
    public void ToText_RoundsToSatangWithMidpointAwayFromZero(string amount, string expected) =>
        Assert.Equal(expected, ThaiBahtText.ToText(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void ToText_WhenLargestDecimal_ReadsEveryDigitWithFourLaan()
    {
        string text = ThaiBahtText.ToText(decimal.MaxValue);

        // 79,228,162,514,264,337,593,543,950,335: 29 digits, so ล้าน closes four groups.
        Assert.StartsWith("เจ็ดหมื่นเก้าพันสองร้อยยี่สิบแปดล้าน", text, StringComparison.Ordinal);
        Assert.EndsWith("เก้าแสนห้าหมื่นสามร้อยสามสิบห้าบาทถ้วน", text, StringComparison.Ordinal);
        Assert.Equal(4, CountOf(text, "ล้าน"));
        Assert.Equal("ลบ" + text, ThaiBahtText.ToText(decimal.MinValue));
    }

    [Fact]
    public void ToText_AgreesWithAnIndependentReaderOnRandomAmounts()
    {
        var random = new Random(2569);
        for (int i = 0; i < 20_000; i++)
        {
            decimal amount = RandomAmount(random);

            Assert.Equal(ReferenceBahtText.ToText(amount), ThaiBahtText.ToText(amount));
        }
    }

    [Fact]
    public void ToText_AgreesWithAnIndependentReaderOnEveryAmountUpTo1100Baht()
    {
        for (int satang = 0; satang <= 110_000; satang += 7)
        {
            decimal amount = satang / 100m;

            Assert.Equal(ReferenceBahtText.ToText(amount), ThaiBahtText.ToText(amount));
        }
    }

    // Mixes magnitudes so that every digit count from 1 to 28 shows up, with many zeros and ones, which is where
    // the เอ็ด and ล้าน rules live.
    private static decimal RandomAmount(Random random)
    {
        int digits = random.Next(1, 29);
        var chars = new char[digits];
        for (int i = 0; i < digits; i++)
        {
            int roll = random.Next(10);
            chars[i] = roll < 4 ? '0' : roll < 7 ? '1' : (char)('0' + random.Next(10));
        }

        decimal whole = decimal.Parse(new string(chars), System.Globalization.CultureInfo.InvariantCulture);
        decimal fraction = random.Next(4) switch
        {
            0 => 0m,
            1 => random.Next(100) / 100m,
            _ => random.Next(100_000) / 100_000m,
        };
        decimal amount = whole + fraction;
        return random.Next(5) == 0 ? -amount : amount;
    }

    private static int CountOf(string text, string word)
    {
        int count = 0;
        for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
