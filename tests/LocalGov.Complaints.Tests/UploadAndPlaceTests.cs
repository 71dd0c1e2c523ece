using System.Text;
using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Filing;
using LocalGov.Platform.Web;

namespace LocalGov.Complaints.Tests;

public sealed class UploadAndPlaceTests
{
    /// <summary>Whole 1 × 1 pictures of each kind (uploads are read past their first bytes), as in the host tests' TestImages.</summary>
    internal static byte[] Jpeg => Convert.FromHexString("FFD8FFE000104A46494600010100000100010000FFDB00430001010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101FFC0000B080001000101011100FFC40014000100000000000000000000000000000000FFC40014100100000000000000000000000000000000FFDA0008010100003F003FFFD9");
    internal static byte[] Png => Convert.FromHexString("89504E470D0A1A0A0000000D4948445200000001000000010802000000907753DE0000000C49444154789C63F8CFC0000003010100C9FE92EF0000000049454E44AE426082");

    [Fact]
    public async Task ARenamedExecutable_CalledJpg_IsRefusedByItsBytes()
    {
        var elf = new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0 };
        var exe = Encoding.ASCII.GetBytes("MZ\u0090\0This program cannot be run in DOS mode");
        foreach (var bytes in new[] { elf, exe })
        {
            var e = await Assert.ThrowsAsync<BusinessRuleException>(() => PhotoFile.ReadAsync("pothole.jpg", bytes.Length, new MemoryStream(bytes), default));
            Assert.Contains("pothole.jpg", e.UserMessage.En, StringComparison.Ordinal);
            Assert.Contains("JPEG", e.UserMessage.Th, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task JpegAndPng_AreKnownByTheirBytes_WhateverTheirNames()
    {
        Assert.Equal("image/jpeg", (await PhotoFile.ReadAsync("photo.png", Jpeg.Length, new MemoryStream(Jpeg), default)).ContentType);
        Assert.Equal("image/png", (await PhotoFile.ReadAsync("photo", Png.Length, new MemoryStream(Png), default)).ContentType);
        Assert.Null(PhotoFile.Sniff(Jpeg.AsSpan(0, 6))); // a truncated JPEG has no end marker
    }

    [Fact]
    public async Task APhotoOverFiveMegabytes_IsRefused_EvenWhenItsDeclaredLengthLies()
    {
        var big = new byte[PhotoFile.MaxBytes + 1];
        Jpeg.AsSpan(0, 4).CopyTo(big);
        var e = await Assert.ThrowsAsync<BusinessRuleException>(() => PhotoFile.ReadAsync("big.jpg", 10, new MemoryStream(big), default));
        Assert.Contains("5 MB", e.UserMessage.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Distance_IsTheGreatCircle()
    {
        // Tha Phae Gate to Wat Phra Singh, Chiang Mai: about 1.2 km apart
        var gate = new GeoPoint(18.7877, 98.9933);
        var wat = new GeoPoint(18.7886, 98.9817);
        Assert.InRange(gate.DistanceTo(wat), 1200, 1300);
        Assert.Equal(0, gate.DistanceTo(gate), 6);
        var (lat, lon) = gate.Span(100);
        Assert.True(gate.DistanceTo(new GeoPoint(gate.Latitude + lat, gate.Longitude)) >= 100);
        Assert.True(gate.DistanceTo(new GeoPoint(gate.Latitude, gate.Longitude + lon)) >= 99.9);
    }

    [Theory]
    [InlineData(18.0, null)]
    [InlineData(null, 98.0)]
    [InlineData(91.0, 98.0)]
    [InlineData(18.0, 181.0)]
    [InlineData(double.NaN, 98.0)]
    public void APosition_NeedsBothHalves_OnTheGlobe(double? lat, double? lon) =>
        Assert.Equal("lat", Assert.Throws<BusinessRuleException>(() => GeoPoint.From(lat, lon)).Field);

    [Fact]
    public void Answers_AreCheckedAgainstTheCategoryQuestions()
    {
        var nuisance = DefaultCategories.Create().Single(c => c.Code == "nuisance");
        var missing = Assert.Throws<BusinessRuleException>(() => AttributeAnswers.Validate(nuisance, null));
        Assert.Contains("kind", missing.UserMessage.En, StringComparison.Ordinal);
        var wrong = Assert.Throws<BusinessRuleException>(() => AttributeAnswers.Validate(nuisance, Answers(("kind", "thunder"))));
        Assert.Contains("noise", wrong.UserMessage.En, StringComparison.Ordinal);
        var unknown = Assert.Throws<BusinessRuleException>(() => AttributeAnswers.Validate(nuisance, Answers(("kind", "noise"), ("colour", "red"))));
        Assert.Contains("colour", unknown.UserMessage.En, StringComparison.Ordinal);

        var json = AttributeAnswers.Validate(nuisance, Answers(("kind", "noise")));
        Assert.Equal("noise", Assert.Single(AttributeAnswers.Read(json)["kind"]));
    }

    [Fact]
    public void DefaultCategories_FollowDomainMd_WithCorruptionConfidential()
    {
        var all = DefaultCategories.Create();
        Assert.Equal(all.Count, all.Select(c => c.Code).Distinct().Count());
        foreach (var code in new[] { "street-light", "road", "garbage", "drainage", "nuisance", "tree", "stray-animal", "water-supply", "corruption", "other" })
        {
            Assert.Contains(all, c => c.Code == code);
        }
        Assert.Equal(["corruption"], all.Where(c => c.Confidential).Select(c => c.Code));
        Assert.All(all, c => Assert.InRange(c.SlaHours, 72, 120)); // DOMAIN.md: 5 days overall, 3 for hazards
    }

    [Fact]
    public void ThaiAnswers_AreStoredAsThai_NotSixTimesLongerAsEscapes()
    {
        var category = new Category("test", "ทดสอบ", "Test");
        for (var i = 1; i <= 3; i++)
        {
            category.Attributes.Add(new CategoryAttribute { Order = i, Code = $"q{i}", Datatype = AttributeDatatype.Text, DescriptionTh = "ถาม", DescriptionEn = "Ask" });
        }
        var longThai = new string('ก', AttributeAnswers.MaxAnswerLength);
        var json = AttributeAnswers.Validate(category, Answers(("q1", longThai), ("q2", longThai), ("q3", longThai)));
        Assert.Contains(longThai, json, StringComparison.Ordinal);
        Assert.True(json!.Length <= AttributeAnswers.MaxJsonLength);
    }

    private static Dictionary<string, IReadOnlyList<string>> Answers(params (string Code, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Code, p => (IReadOnlyList<string>)[p.Value]);
}
