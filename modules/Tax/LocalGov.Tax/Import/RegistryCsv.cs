using System.Globalization;
using System.Text;
using LocalGov.Platform.Import;
using LocalGov.Platform.Localization;

namespace LocalGov.Tax.Import;

/// <summary>A column of the register file: its snake_case name, whether the header must have it, and what it holds.</summary>
public sealed record RegistryColumn(string Name, bool Required, LocalizedText Meaning);

/// <summary>One data row as the officer's spreadsheet numbers it (the header is row 1), with its values by column name.</summary>
public sealed record RegistryCsvRow(int Number, IReadOnlyDictionary<string, string> Values)
{
    public string? this[string column] => Values.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

/// <summary>Something wrong in the file: a row and column when it concerns one (row 0: the whole file, nothing can be imported).</summary>
public sealed record RegistryProblem(int Row, string? Column, LocalizedText Message);

/// <summary>The rows whose shape is right and the problems found while reading (rows of the wrong width, the file itself).</summary>
public sealed record RegistryCsvFile(IReadOnlyList<RegistryCsvRow> Rows, IReadOnlyList<RegistryProblem> Problems)
{
    public bool IsUnusable => Problems.Any(p => p.Row == 0);

    public int RowCount => Rows.Count + Problems.Where(p => p.Row > 0).Select(p => p.Row).Distinct().Count();
}

/// <summary>
/// Reads the register file: one row per owner of a property (a property with three owners has three rows with the
/// same property_code, repeating its details). RFC 4180 CSV — commas, values in "..." may hold commas and line
/// breaks, "" inside quotes is one quote — in UTF-8 with or without a byte-order mark; at most 5 MB and 20,000 rows.
/// Columns are named in the header, in any order; unknown names are refused so a misspelt column loses nothing.
/// </summary>
public static class RegistryCsv
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 20_000;

    public static readonly IReadOnlyList<RegistryColumn> Columns =
    [
        new("property_code", true, new("รหัสทรัพย์สินของ อปท. (ไม่ซ้ำ) แถวที่มีรหัสเดียวกันคือเจ้าของแต่ละรายของทรัพย์สินเดียวกัน", "The LAO's property code (unique); rows with the same code are the owners of one property")),
        new("kind", true, new("ชนิด: land (ที่ดิน) building (สิ่งปลูกสร้าง) condo (ห้องชุด)", "Kind: land, building or condo")),
        new("location", true, new("ที่ตั้ง: เลขที่ หมู่ ซอย ถนน", "Location: number, moo, soi, road")),
        new("subdistrict", false, new("ตำบล", "Subdistrict")),
        new("deed_type", false, new("ที่ดิน: ประเภทเอกสารสิทธิ์ chanote (โฉนด) nor-sor-3-kor nor-sor-3 sor-kor-1 other", "Land: deed type chanote, nor-sor-3-kor, nor-sor-3, sor-kor-1 or other")),
        new("deed_number", false, new("ที่ดิน: เลขที่เอกสารสิทธิ์", "Land: deed number")),
        new("rai", false, new("ที่ดิน: เนื้อที่ ไร่", "Land: area, rai")),
        new("ngan", false, new("ที่ดิน: เนื้อที่ งาน (0–3)", "Land: area, ngan (0–3)")),
        new("wa", false, new("ที่ดิน: เนื้อที่ ตารางวา (0–99.99)", "Land: area, square wa (0–99.99)")),
        new("price_code", true, new("รหัสราคาประเมิน: โซนที่ดิน ประเภทสิ่งปลูกสร้าง หรืออาคารชุด", "Appraisal price code: land zone, building type or condominium project")),
        new("material", false, new("สิ่งปลูกสร้าง: masonry (ตึก) half-timber (ตึกครึ่งไม้) timber (ไม้)", "Building: masonry, half-timber or timber")),
        new("floor_area_m2", false, new("สิ่งปลูกสร้างและห้องชุด: พื้นที่ ตร.ม.", "Building and condo: floor area in m²")),
        new("year_built", false, new("สิ่งปลูกสร้าง: ปีที่สร้างเสร็จ (ค.ศ. หรือ พ.ศ.)", "Building: year completed (CE or Buddhist year)")),
        new("unit_number", false, new("ห้องชุด: เลขที่ห้อง", "Condo: unit number")),
        new("use", true, new("การใช้ประโยชน์ทั้งแปลง: agricultural main-home main-home-house-only residential-other other vacant", "Use of the whole property: agricultural, main-home, main-home-house-only, residential-other, other or vacant")),
        new("years_vacant", false, new("ที่ดินว่างเปล่า: ทิ้งว่างติดต่อกันกี่ปี", "Vacant land: consecutive years vacant")),
        new("owner_kind", true, new("เจ้าของ: person (บุคคลธรรมดา) หรือ juristic (นิติบุคคล)", "Owner: person or juristic")),
        new("owner_id", true, new("เลขประจำตัวประชาชน หรือเลขประจำตัวผู้เสียภาษีนิติบุคคล 13 หลัก", "National ID or the juristic person's 13-digit tax ID")),
        new("owner_name", true, new("ชื่อเจ้าของ", "Owner's name")),
        new("owner_email", false, new("อีเมลเจ้าของ", "Owner's email")),
        new("owner_phone", false, new("โทรศัพท์เจ้าของ", "Owner's phone")),
        new("share_percent", true, new("สัดส่วนการถือครอง % (ทุกแถวของทรัพย์สินเดียวกันรวมกันได้ 100)", "Share in percent (the rows of one property add up to 100)")),
        new("in_house_register", false, new("มีชื่อในทะเบียนบ้านหลังนี้ ณ 1 มกราคม: yes หรือ no", "In this house's register on 1 January: yes or no")),
    ];

    public static RegistryColumn? Find(string? name) => Columns.FirstOrDefault(c => c.Name == name);

    /// <summary>The template: the header and two owners of one parcel, as an example.</summary>
    public static byte[] Template()
    {
        string[][] examples =
        [
            ["P-0001", "land", "12 หมู่ 3 ถนนสุขุมวิท", "บางพลี", "chanote", "12345", "1", "2", "50", "Z01", "", "", "", "", "main-home", "0",
                "person", "1112034563562", "นายสมชาย ใจดี", "somchai@example.com", "0812345678", "50", "yes"],
            ["P-0001", "land", "12 หมู่ 3 ถนนสุขุมวิท", "บางพลี", "chanote", "12345", "1", "2", "50", "Z01", "", "", "", "", "main-home", "0",
                "person", "", "นางสมศรี ใจดี", "", "", "50", "yes"],
        ];
        var text = new StringBuilder();
        text.Append(string.Join(',', Columns.Select(c => c.Name))).Append("\r\n");
        foreach (var row in examples)
        {
            text.Append(string.Join(',', row.Select(Platform.Reporting.CsvWriter.Text))).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>Reads the file as every import does (<see cref="CsvDecoding"/>: UTF-8, or Windows-874 from a Thai Excel).</summary>
    public static RegistryCsvFile Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return Unusable($"ไฟล์ใหญ่เกิน {MaxBytes / 1024 / 1024} MB แบ่งเป็นหลายไฟล์", $"The file is larger than {MaxBytes / 1024 / 1024} MB; split it.");
        }
        var decoded = CsvDecoding.Decode(bytes);
        return decoded.Problem is { } problem ? new([], [new RegistryProblem(0, null, problem)]) : Read(decoded.Text!);
    }

    internal static RegistryCsvFile Read(string text)
    {
        var table = CsvTable.Read(text, CsvDecoding.Utf8, CsvColumns, MaxRows,
            new LocalizedText("ไฟล์มีแต่หัวตาราง ไม่มีทรัพย์สิน", "The file has a header but no properties."));
        return new RegistryCsvFile(
            [.. table.Rows.Select(r => new RegistryCsvRow(r.Number, r.Values))],
            [.. table.Problems.Select(p => new RegistryProblem(p.Row, p.Field, p.Message))]);
    }

    private static readonly IReadOnlyList<CsvColumn> CsvColumns = [.. Columns.Select(c => new CsvColumn(c.Name, c.Required))];

    private static RegistryCsvFile Unusable(string th, string en) => new([], [new RegistryProblem(0, null, new(th, en))]);
}
