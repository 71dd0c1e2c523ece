using System.Text;
using LocalGov.Platform.Web;
using LocalGov.WasteFees.ServicePoints;

namespace LocalGov.WasteFees.Tests;

public sealed class EvidenceAndDuplicateRuleTests
{
    private static readonly byte[] Jpeg = Convert.FromHexString("FFD8FFE000104A46494600010100000100010000FFDB00430001010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101FFC0000B080001000101011100FFC40014000100000000000000000000000000000000FFC40014100100000000000000000000000000000000FFDA0008010100003F003FFFD9"); // a whole 1 × 1 JPEG

    [Fact]
    public async Task EvidenceIsKnownByItsBytes_NotItsName()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n");
        Assert.Equal("application/pdf", (await EvidenceUpload.ReadAsync("card.jpg", pdf.Length, new MemoryStream(pdf), default)).ContentType);
        Assert.Equal("image/jpeg", (await EvidenceUpload.ReadAsync("card.pdf", Jpeg.Length, new MemoryStream(Jpeg), default)).ContentType);

        var html = Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>");
        var e = await Assert.ThrowsAsync<BusinessRuleException>(() => EvidenceUpload.ReadAsync("../../card.pdf", html.Length, new MemoryStream(html), default));
        Assert.Equal(EvidenceUpload.Field, e.Field);
        Assert.Contains("card.pdf is not a PDF, JPEG or PNG", e.UserMessage.En, StringComparison.Ordinal);
        Assert.DoesNotContain("..", e.UserMessage.En, StringComparison.Ordinal); // only the file's own name
    }

    [Fact]
    public async Task EvidenceOverFiveMegabytes_IsRefused_EvenWhenItsDeclaredLengthLies()
    {
        var big = new byte[EvidenceUpload.MaxBytes + 1];
        "%PDF-"u8.CopyTo(big);
        var e = await Assert.ThrowsAsync<BusinessRuleException>(() => EvidenceUpload.ReadAsync("scan.pdf", 100, new MemoryStream(big), default));
        Assert.Contains("larger than 5 MB", e.UserMessage.En, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDuplicateKey_IsHouseCodeAndPlaceName_IgnoringCaseAndRepeatedSpaces()
    {
        Assert.Equal(HouseCodeDuplicates.Key("10010000011", null), HouseCodeDuplicates.Key("10010000011", "  "));
        Assert.Equal(HouseCodeDuplicates.Key("10010000011", "Shop  A"), HouseCodeDuplicates.Key("10010000011", " shop a "));
        Assert.NotEqual(HouseCodeDuplicates.Key("10010000011", "ร้านค้า"), HouseCodeDuplicates.Key("10010000011", null));
        Assert.NotEqual(HouseCodeDuplicates.Key("10010000011", null), HouseCodeDuplicates.Key("10010000022", null));
    }
}
