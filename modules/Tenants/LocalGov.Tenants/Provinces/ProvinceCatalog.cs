// Source kind: DOPA province codes — the 2-digit codes of the Department of Provincial Administration (กรมการปกครอง),
// Ministry of Interior, which are also TIS 1099 (มอก. 1099) and the numeric part of ISO 3166-2:TH. They prefix every
// district (amphoe) and subdistrict (tambon) code. Cross-checked against several independent public Thai address
// datasets and the ISO 3166-2:TH list. English names follow the Royal Thai General System spellings used by the
// Interior Ministry and ISO 3166-2:TH (e.g. "Lop Buri", "Buri Ram", "Phangnga"), except that code 10 is "Bangkok".
using System.Collections.Frozen;
using System.Collections.ObjectModel;

namespace LocalGov.Tenants.Provinces;

/// <summary>
/// The 77 provinces of Thailand (76 จังหวัด and กรุงเทพมหานคร) with their DOPA province codes, ordered by code.
/// Codes run from 10 to 96 in regional blocks; the gaps (28–29, 59, 68–69, 78–79, 87–89) are not assigned.
/// </summary>
public static class ProvinceCatalog
{
    private static readonly ProvinceEntry[] Entries =
    [
        new("10", "กรุงเทพมหานคร", "Bangkok"),
        new("11", "สมุทรปราการ", "Samut Prakan"),
        new("12", "นนทบุรี", "Nonthaburi"),
        new("13", "ปทุมธานี", "Pathum Thani"),
        new("14", "พระนครศรีอยุธยา", "Phra Nakhon Si Ayutthaya"),
        new("15", "อ่างทอง", "Ang Thong"),
        new("16", "ลพบุรี", "Lop Buri"),
        new("17", "สิงห์บุรี", "Sing Buri"),
        new("18", "ชัยนาท", "Chai Nat"),
        new("19", "สระบุรี", "Saraburi"),

        new("20", "ชลบุรี", "Chon Buri"),
        new("21", "ระยอง", "Rayong"),
        new("22", "จันทบุรี", "Chanthaburi"),
        new("23", "ตราด", "Trat"),
        new("24", "ฉะเชิงเทรา", "Chachoengsao"),
        new("25", "ปราจีนบุรี", "Prachin Buri"),
        new("26", "นครนายก", "Nakhon Nayok"),
        new("27", "สระแก้ว", "Sa Kaeo"),

        new("30", "นครราชสีมา", "Nakhon Ratchasima"),
        new("31", "บุรีรัมย์", "Buri Ram"),
        new("32", "สุรินทร์", "Surin"),
        new("33", "ศรีสะเกษ", "Si Sa Ket"),
        new("34", "อุบลราชธานี", "Ubon Ratchathani"),
        new("35", "ยโสธร", "Yasothon"),
        new("36", "ชัยภูมิ", "Chaiyaphum"),
        new("37", "อำนาจเจริญ", "Amnat Charoen"),
        new("38", "บึงกาฬ", "Bueng Kan"),
        new("39", "หนองบัวลำภู", "Nong Bua Lam Phu"),
        new("40", "ขอนแก่น", "Khon Kaen"),
        new("41", "อุดรธานี", "Udon Thani"),
        new("42", "เลย", "Loei"),
        new("43", "หนองคาย", "Nong Khai"),
        new("44", "มหาสารคาม", "Maha Sarakham"),
        new("45", "ร้อยเอ็ด", "Roi Et"),
        new("46", "กาฬสินธุ์", "Kalasin"),
        new("47", "สกลนคร", "Sakon Nakhon"),
        new("48", "นครพนม", "Nakhon Phanom"),
        new("49", "มุกดาหาร", "Mukdahan"),

        new("50", "เชียงใหม่", "Chiang Mai"),
        new("51", "ลำพูน", "Lamphun"),
        new("52", "ลำปาง", "Lampang"),
        new("53", "อุตรดิตถ์", "Uttaradit"),
        new("54", "แพร่", "Phrae"),
        new("55", "น่าน", "Nan"),
        new("56", "พะเยา", "Phayao"),
        new("57", "เชียงราย", "Chiang Rai"),
        new("58", "แม่ฮ่องสอน", "Mae Hong Son"),

        new("60", "นครสวรรค์", "Nakhon Sawan"),
        new("61", "อุทัยธานี", "Uthai Thani"),
        new("62", "กำแพงเพชร", "Kamphaeng Phet"),
        new("63", "ตาก", "Tak"),
        new("64", "สุโขทัย", "Sukhothai"),
        new("65", "พิษณุโลก", "Phitsanulok"),
        new("66", "พิจิตร", "Phichit"),
        new("67", "เพชรบูรณ์", "Phetchabun"),

        new("70", "ราชบุรี", "Ratchaburi"),
        new("71", "กาญจนบุรี", "Kanchanaburi"),
        new("72", "สุพรรณบุรี", "Suphan Buri"),
        new("73", "นครปฐม", "Nakhon Pathom"),
        new("74", "สมุทรสาคร", "Samut Sakhon"),
        new("75", "สมุทรสงคราม", "Samut Songkhram"),
        new("76", "เพชรบุรี", "Phetchaburi"),
        new("77", "ประจวบคีรีขันธ์", "Prachuap Khiri Khan"),

        new("80", "นครศรีธรรมราช", "Nakhon Si Thammarat"),
        new("81", "กระบี่", "Krabi"),
        new("82", "พังงา", "Phangnga"),
        new("83", "ภูเก็ต", "Phuket"),
        new("84", "สุราษฎร์ธานี", "Surat Thani"),
        new("85", "ระนอง", "Ranong"),
        new("86", "ชุมพร", "Chumphon"),

        new("90", "สงขลา", "Songkhla"),
        new("91", "สตูล", "Satun"),
        new("92", "ตรัง", "Trang"),
        new("93", "พัทลุง", "Phatthalung"),
        new("94", "ปัตตานี", "Pattani"),
        new("95", "ยะลา", "Yala"),
        new("96", "นราธิวาส", "Narathiwat"),
    ];

    private static readonly FrozenDictionary<string, ProvinceEntry> ByCode =
        Entries.ToFrozenDictionary(entry => entry.Code, StringComparer.Ordinal);

    /// <summary>All 77 provinces, ordered by code.</summary>
    public static IReadOnlyList<ProvinceEntry> All { get; } = new ReadOnlyCollection<ProvinceEntry>(Entries);

    /// <summary>The province with the given 2-digit DOPA code, or <see langword="null"/> if there is none.</summary>
    /// <param name="code">The province code, e.g. <c>"50"</c>; compared exactly (no trimming, no padding).</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public static ProvinceEntry? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ByCode.GetValueOrDefault(code);
    }
}
