using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using LocalGov.Tax.Rates;
using LocalGov.Thai;

namespace LocalGov.Tax.Registry;

/// <summary>A taxpayer as typed into a form or a CSV row.</summary>
public sealed record PayerDetails(PayerKind? Kind, string? Name, string? Id, string? Email, string? Phone, string? Address)
{
    public IReadOnlyList<FieldError> Validate(string prefix = "")
    {
        var errors = new List<FieldError>();
        void Add(string field, string th, string en) => errors.Add(new(prefix + field, new LocalizedText(th, en)));
        if (Kind is null)
        {
            Add(nameof(Kind), "เลือกบุคคลธรรมดาหรือนิติบุคคล", "Choose person or juristic person.");
        }
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > TaxPayer.MaxName)
        {
            Add(nameof(Name), $"ระบุชื่อเจ้าของ (ไม่เกิน {TaxPayer.MaxName} ตัวอักษร)", $"Give the owner's name (at most {TaxPayer.MaxName} characters).");
        }
        if (Kind == PayerKind.Person)
        {
            var check = ThaiNationalId.Check(Id);
            if (!check.IsValid)
            {
                Add(nameof(Id), "เลขประจำตัวประชาชนไม่ถูกต้อง: " + check.MessageTh, "The national ID is not valid: " + check.Message);
            }
        }
        else if (Kind == PayerKind.Juristic)
        {
            var check = ThaiTaxId.Check(Id);
            if (!check.IsValid)
            {
                Add(nameof(Id), "เลขประจำตัวผู้เสียภาษีไม่ถูกต้อง: " + check.MessageTh, "The tax ID is not valid: " + check.Message);
            }
            else if (ThaiTaxId.Normalize(Id!)[0] != '0')
            {
                Add(nameof(Id), "เลขประจำตัวผู้เสียภาษีของนิติบุคคลขึ้นต้นด้วย 0", "A juristic person's tax ID starts with 0.");
            }
        }
        if (!string.IsNullOrWhiteSpace(Email) && (Email.Trim().Length > 256 || !System.Net.Mail.MailAddress.TryCreate(Email.Trim(), out _)))
        {
            Add(nameof(Email), "อีเมลไม่ถูกต้อง", "The email address is not valid.");
        }
        if (Phone is { Length: > 20 })
        {
            Add(nameof(Phone), "เบอร์โทรศัพท์ยาวเกิน 20 ตัวอักษร", "The phone number is longer than 20 characters.");
        }
        if (Address is { Length: > 500 })
        {
            Add(nameof(Address), "ที่อยู่ยาวเกิน 500 ตัวอักษร", "The address is longer than 500 characters.");
        }
        return errors;
    }

    public string NormalizedId => Kind == PayerKind.Juristic ? ThaiTaxId.Normalize(Id!) : ThaiNationalId.Normalize(Id!);
}

/// <summary>
/// A property as typed into a form or a CSV row. Land area is given in rai, ngan and square wa; uses as parts whose
/// areas add up to the whole (square wa for land, m² for buildings and units).
/// </summary>
public sealed record PropertyDetails(
    string? Code,
    PropertyKind? Kind,
    string? Location,
    string? Subdistrict,
    DeedType? DeedType,
    string? DeedNumber,
    decimal? Rai,
    decimal? Ngan,
    decimal? SquareWa,
    string? PriceCode,
    string? Material,
    decimal? FloorAreaM2,
    int? YearBuilt,
    string? UnitNumber,
    IReadOnlyList<UsePart> Uses)
{
    public const int MaxUses = 10;

    public decimal? AreaSquareWa => Kind == PropertyKind.Land ? (Rai ?? 0) * 400 + (Ngan ?? 0) * 100 + (SquareWa ?? 0) : null;

    public decimal Area => Kind == PropertyKind.Land ? AreaSquareWa ?? 0 : FloorAreaM2 ?? 0;

    public IReadOnlyList<FieldError> Validate(int currentYear, string prefix = "")
    {
        var errors = new List<FieldError>();
        void Add(string field, string th, string en) => errors.Add(new(prefix + field, new LocalizedText(th, en)));
        if (Code is { } code && (code.Trim().Length > TaxProperty.MaxCode || code.Trim().Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '.'))))
        {
            Add(nameof(Code), $"รหัสทรัพย์สินใช้ตัวอักษรอังกฤษ ตัวเลข - / . ไม่เกิน {TaxProperty.MaxCode} ตัว", $"The property code: letters, digits, - / . and at most {TaxProperty.MaxCode} characters.");
        }
        if (Kind is null)
        {
            Add(nameof(Kind), "เลือกชนิดทรัพย์สิน: ที่ดิน สิ่งปลูกสร้าง หรือห้องชุด", "Choose land, building or condominium unit.");
            return errors;
        }
        if (string.IsNullOrWhiteSpace(Location) || Location.Trim().Length > 300)
        {
            Add(nameof(Location), "ระบุที่ตั้ง (เลขที่ หมู่ ซอย ถนน) ไม่เกิน 300 ตัวอักษร", "Give the location (number, moo, soi, road), at most 300 characters.");
        }
        if (Subdistrict is { Length: > 100 })
        {
            Add(nameof(Subdistrict), "ตำบลยาวเกิน 100 ตัวอักษร", "The subdistrict is longer than 100 characters.");
        }
        if (string.IsNullOrWhiteSpace(PriceCode) || PriceCode.Trim().Length > AppraisalPrice.MaxCode)
        {
            Add(nameof(PriceCode), Kind switch
            {
                PropertyKind.Land => "ระบุรหัสโซนราคาประเมินที่ดิน",
                PropertyKind.Building => "ระบุรหัสประเภทสิ่งปลูกสร้าง (ราคามาตรฐาน)",
                _ => "ระบุรหัสอาคารชุด (ราคาประเมินห้องชุด)",
            }, Kind switch
            {
                PropertyKind.Land => "Give the land appraisal zone code.",
                PropertyKind.Building => "Give the building type code (standard price).",
                _ => "Give the condominium project code.",
            });
        }
        if (Kind == PropertyKind.Land)
        {
            if (DeedType is null)
            {
                Add(nameof(DeedType), "เลือกประเภทเอกสารสิทธิ์", "Choose the deed type.");
            }
            if (string.IsNullOrWhiteSpace(DeedNumber) || DeedNumber.Trim().Length > 30)
            {
                Add(nameof(DeedNumber), "ระบุเลขที่เอกสารสิทธิ์ (ไม่เกิน 30 ตัวอักษร)", "Give the deed number (at most 30 characters).");
            }
            if (Rai is < 0 || Ngan is < 0 or >= 4 || SquareWa is < 0 or >= 100 || Rai is > 1_000_000)
            {
                Add(nameof(Rai), "เนื้อที่: ไร่ไม่ติดลบ งาน 0–3 ตารางวา 0–99.99", "Area: rai not negative, ngan 0–3, square wa 0–99.99.");
            }
            else if (AreaSquareWa is not > 0)
            {
                Add(nameof(Rai), "ระบุเนื้อที่ดิน (ไร่ งาน ตารางวา)", "Give the land area (rai, ngan, square wa).");
            }
        }
        else
        {
            if (FloorAreaM2 is not > 0 or > 10_000_000)
            {
                Add(nameof(FloorAreaM2), "ระบุพื้นที่เป็นตารางเมตร มากกว่า 0", "Give the floor area in m², above zero.");
            }
            if (Kind == PropertyKind.Building)
            {
                if (Material is null || !Materials.All.Contains(Material))
                {
                    Add(nameof(Material), "เลือกลักษณะโครงสร้าง: ตึก ตึกครึ่งไม้ หรือไม้", "Choose the construction: masonry, half-timber or timber.");
                }
                if (YearBuilt is null || YearBuilt < 1800 || YearBuilt > currentYear)
                {
                    Add(nameof(YearBuilt), $"ปีที่สร้างเสร็จ (ค.ศ. 1800–{currentYear} หรือ พ.ศ.)", $"Year completed (1800–{currentYear}, or the Buddhist year).");
                }
            }
            else if (string.IsNullOrWhiteSpace(UnitNumber) || UnitNumber.Trim().Length > 30)
            {
                Add(nameof(UnitNumber), "ระบุเลขที่ห้องชุด (ไม่เกิน 30 ตัวอักษร)", "Give the unit number (at most 30 characters).");
            }
        }
        if (Uses.Count is 0 or > MaxUses)
        {
            Add(nameof(Uses), $"ระบุการใช้ประโยชน์ 1–{MaxUses} ส่วน", $"Give 1–{MaxUses} uses.");
        }
        else
        {
            if (Uses.Any(u => u.Area <= 0))
            {
                Add(nameof(Uses), "พื้นที่ของการใช้ประโยชน์แต่ละส่วนต้องมากกว่า 0", "Each use needs an area above zero.");
            }
            if (Uses.Any(u => u.YearsVacant < 0 || u.YearsVacant > 100 || (u.Use != LandUse.Vacant && u.YearsVacant != 0)))
            {
                Add(nameof(Uses), "จำนวนปีที่ทิ้งว่าง 0–100 ใช้กับที่ดินว่างเปล่าเท่านั้น", "Years vacant (0–100) only for vacant land.");
            }
            if (Area > 0 && Uses.Sum(u => u.Area) != Area)
            {
                Add(nameof(Uses), $"พื้นที่การใช้ประโยชน์รวม {Uses.Sum(u => u.Area):N2} ไม่เท่ากับพื้นที่ทั้งหมด {Area:N2}",
                    $"The uses add up to {Uses.Sum(u => u.Area):N2}, not the whole {Area:N2}.");
            }
            if (Kind != PropertyKind.Land && Uses.Any(u => u.Use is LandUse.Agricultural or LandUse.Vacant && Kind == PropertyKind.CondoUnit))
            {
                Add(nameof(Uses), "ห้องชุดใช้ได้เฉพาะ อยู่อาศัย หรือ อื่น ๆ", "A condominium unit is residential or other.");
            }
        }
        return errors;
    }
}

/// <summary>One owner of a property: the payer, their share in percent, and whether they were in its house register on 1 January.</summary>
public sealed record OwnerShare(Guid PayerId, decimal SharePercent, bool InHouseRegister);
