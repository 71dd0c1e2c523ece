using LocalGov.Tenants.Provinces;

namespace LocalGov.Tenants.Tests.Provinces;

public sealed class ProvinceCatalogTests
{
    [Fact]
    public void All_HasSeventySevenProvinces() => Assert.Equal(77, ProvinceCatalog.All.Count);

    [Fact]
    public void All_CodesAreUniqueTwoDigitsFromTenToNinetySix()
    {
        foreach (ProvinceEntry entry in ProvinceCatalog.All)
        {
            Assert.Equal(2, entry.Code.Length);
            Assert.True(char.IsAsciiDigit(entry.Code[0]) && char.IsAsciiDigit(entry.Code[1]), entry.Code);
            int number = (entry.Code[0] - '0') * 10 + (entry.Code[1] - '0');
            Assert.InRange(number, 10, 96);
        }

        Assert.Equal(ProvinceCatalog.All.Count, ProvinceCatalog.All.Select(entry => entry.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_IsOrderedByCode() =>
        Assert.Equal(
            ProvinceCatalog.All.Select(entry => entry.Code).Order(StringComparer.Ordinal),
            ProvinceCatalog.All.Select(entry => entry.Code));

    [Fact]
    public void All_NamesAreNonEmptyTrimmedAndUnique()
    {
        foreach (ProvinceEntry entry in ProvinceCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.NameTh), entry.Code);
            Assert.False(string.IsNullOrWhiteSpace(entry.NameEn), entry.Code);
            Assert.Equal(entry.NameTh.Trim(), entry.NameTh);
            Assert.Equal(entry.NameEn.Trim(), entry.NameEn);
            Assert.DoesNotContain("จังหวัด", entry.NameTh, StringComparison.Ordinal);
        }

        Assert.Equal(77, ProvinceCatalog.All.Select(entry => entry.NameTh).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(77, ProvinceCatalog.All.Select(entry => entry.NameEn).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void All_ThaiNamesAreThaiScriptAndEnglishNamesAreAsciiLetters()
    {
        foreach (ProvinceEntry entry in ProvinceCatalog.All)
        {
            Assert.All(entry.NameTh, ch => Assert.InRange(ch, '\u0E01', '\u0E5B'));
            Assert.All(entry.NameEn, ch => Assert.True(char.IsAsciiLetter(ch) || ch == ' ', entry.NameEn));
        }
    }

    [Fact]
    public void All_HasTheExpectedNumberOfProvincesInEachCodeBlock()
    {
        // DOPA codes are allocated in regional blocks by their first digit (1x Bangkok and around it, 3x–4x the
        // northeast, 5x the north, 8x–9x the south, ...); the counts catch a province filed under the wrong code.
        Dictionary<char, int> byBlock = ProvinceCatalog.All
            .GroupBy(entry => entry.Code[0])
            .ToDictionary(group => group.Key, group => group.Count());

        Assert.Equal(
            new Dictionary<char, int>
            {
                ['1'] = 10, ['2'] = 8, ['3'] = 10, ['4'] = 10, ['5'] = 9,
                ['6'] = 8, ['7'] = 8, ['8'] = 7, ['9'] = 7,
            },
            byBlock);
    }

    [Theory]
    [InlineData("10", "กรุงเทพมหานคร", "Bangkok")]
    [InlineData("11", "สมุทรปราการ", "Samut Prakan")]
    [InlineData("14", "พระนครศรีอยุธยา", "Phra Nakhon Si Ayutthaya")]
    [InlineData("20", "ชลบุรี", "Chon Buri")]
    [InlineData("27", "สระแก้ว", "Sa Kaeo")]
    [InlineData("30", "นครราชสีมา", "Nakhon Ratchasima")]
    [InlineData("34", "อุบลราชธานี", "Ubon Ratchathani")]
    [InlineData("38", "บึงกาฬ", "Bueng Kan")]
    [InlineData("39", "หนองบัวลำภู", "Nong Bua Lam Phu")]
    [InlineData("40", "ขอนแก่น", "Khon Kaen")]
    [InlineData("50", "เชียงใหม่", "Chiang Mai")]
    [InlineData("57", "เชียงราย", "Chiang Rai")]
    [InlineData("65", "พิษณุโลก", "Phitsanulok")]
    [InlineData("67", "เพชรบูรณ์", "Phetchabun")]
    [InlineData("76", "เพชรบุรี", "Phetchaburi")]
    [InlineData("77", "ประจวบคีรีขันธ์", "Prachuap Khiri Khan")]
    [InlineData("83", "ภูเก็ต", "Phuket")]
    [InlineData("84", "สุราษฎร์ธานี", "Surat Thani")]
    [InlineData("90", "สงขลา", "Songkhla")]
    [InlineData("95", "ยะลา", "Yala")]
    [InlineData("96", "นราธิวาส", "Narathiwat")]
    public void Find_KnownCode_ReturnsTheProvince(string code, string nameTh, string nameEn) =>
        Assert.Equal(new ProvinceEntry(code, nameTh, nameEn), ProvinceCatalog.Find(code));

    [Theory]
    [InlineData("")]
    [InlineData("00")]
    [InlineData("09")]
    [InlineData("28")]
    [InlineData("59")]
    [InlineData("97")]
    [InlineData("99")]
    [InlineData("5")]
    [InlineData("050")]
    [InlineData(" 50")]
    [InlineData("TH-50")]
    public void Find_UnknownCode_ReturnsNull(string code) => Assert.Null(ProvinceCatalog.Find(code));

    [Fact]
    public void Find_Null_Throws() => Assert.Throws<ArgumentNullException>(() => ProvinceCatalog.Find(null!));

    [Fact]
    public void Find_EveryListedCode_ReturnsTheSameEntry()
    {
        foreach (ProvinceEntry entry in ProvinceCatalog.All)
        {
            Assert.Same(entry, ProvinceCatalog.Find(entry.Code));
        }
    }
}
