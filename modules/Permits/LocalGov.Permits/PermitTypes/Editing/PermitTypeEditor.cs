using System.Globalization;
using System.Text.Json;
using LocalGov.Permits.Applying;
using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.PermitTypes.Editing;

/// <summary>
/// Creates and edits an LAO's permit types with every rule checked first and every problem reported at once: the
/// code is fixed once made (it is in every link) and unique in the LAO; names, law and appeal route are required;
/// the decision deadline is 1–365 days, the validity blank (none) or 1–120 months; fees add up; each list line is
/// well formed. Nothing is saved unless all is right; a stale form is a concurrency conflict (409). Types are
/// deactivated, never deleted: their applications and permits keep pointing at them.
/// </summary>
public sealed class PermitTypeEditor(LocalGovDbContext db)
{
    /// <summary>Words the permit pages use after /permits/, which a type's code must not take.</summary>
    public static readonly IReadOnlySet<string> ReservedCodes = new HashSet<string>(StringComparer.Ordinal) { "verify", "applications", "certificate", "renew", "apply", "new" };

    /// <summary>The JSON columns' size (ConfigureModel): a list that would not fit is refused, not cut.</summary>
    public const int MaxListJson = 8000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Saves the form; returns the problems (nothing saved) or none (saved).</summary>
    public async Task<IReadOnlyList<FieldError>> SaveAsync(string? existingCode, PermitTypeForm form, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        void Fail(string field, string th, string en) => errors.Add(new(field, new LocalizedText(th, en)));

        PermitType? type = null;
        var code = (form.Code ?? "").Trim().ToLowerInvariant();
        if (existingCode is null)
        {
            if (!PermitTypeLists.IsCode(code))
            {
                Fail("Code", $"รหัสใช้อักษรอังกฤษตัวเล็ก ตัวเลข และขีด (-) ไม่เกิน {PermitType.MaxCodeLength} ตัว เช่น market-stall",
                    $"The code takes lower-case letters, digits and dashes, up to {PermitType.MaxCodeLength}, e.g. market-stall.");
            }
            else if (ReservedCodes.Contains(code))
            {
                // /permits/{code} would be shadowed by the pages with these fixed names
                Fail("Code", $"\"{code}\" เป็นชื่อที่ระบบใช้แล้ว กรุณาใช้รหัสอื่น", $"\"{code}\" is a name the site already uses; choose another code.");
            }
            else if (await db.Set<PermitType>().AnyAsync(t => t.Code == code, cancellationToken))
            {
                Fail("Code", $"มีประเภทรหัส {code} อยู่แล้ว", $"A permit type with the code {code} already exists.");
            }
        }
        else
        {
            type = await db.Set<PermitType>().SingleOrDefaultAsync(t => t.Code == existingCode, cancellationToken)
                ?? throw new BusinessRuleException(new("ไม่พบประเภทใบอนุญาตนี้", "No such permit type."), null, 404);
            if (!string.IsNullOrEmpty(form.Stamp))
            {
                db.Entry(type).Property(t => t.ConcurrencyStamp).OriginalValue = form.Stamp;
            }
        }

        var nameTh = Required(form.NameTh, 200, "NameTh", new("ชื่อภาษาไทย", "The Thai name"), errors);
        var nameEn = Required(form.NameEn, 200, "NameEn", new("ชื่อภาษาอังกฤษ", "The English name"), errors);
        var applicationForm = Optional(form.ApplicationForm, 20, "ApplicationForm", new("แบบคำขอ", "The application form"), errors);
        var certificateTh = Required(form.CertificateNameTh, 200, "CertificateNameTh", new("ชื่อใบอนุญาตภาษาไทย", "The Thai certificate name"), errors);
        var certificateEn = Required(form.CertificateNameEn, 200, "CertificateNameEn", new("ชื่อใบอนุญาตภาษาอังกฤษ", "The English certificate name"), errors);
        var lawTh = Required(form.LawTh, 300, "LawTh", new("กฎหมายที่ใช้ภาษาไทย", "The law (Thai)"), errors);
        var lawEn = Required(form.LawEn, 300, "LawEn", new("กฎหมายที่ใช้ภาษาอังกฤษ", "The law (English)"), errors);
        var appealTh = Required(form.AppealTh, 1000, "AppealTh", new("สิทธิอุทธรณ์ภาษาไทย", "The appeal route (Thai)"), errors);
        var appealEn = Required(form.AppealEn, 1000, "AppealEn", new("สิทธิอุทธรณ์ภาษาอังกฤษ", "The appeal route (English)"), errors);

        if (!int.TryParse(form.DecisionDays?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var decisionDays) || decisionDays is < 1 or > 365)
        {
            Fail("DecisionDays", "ระยะเวลาพิจารณาต้องเป็นจำนวนวัน 1 ถึง 365", "The decision deadline is 1 to 365 days.");
        }
        int? validity = null;
        if (!string.IsNullOrWhiteSpace(form.ValidityMonths))
        {
            if (int.TryParse(form.ValidityMonths.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months is >= 1 and <= 120)
            {
                validity = months;
            }
            else
            {
                Fail("ValidityMonths", "อายุใบอนุญาตต้องเว้นว่าง (ไม่มีวันหมดอายุ) หรือ 1 ถึง 120 เดือน", "The validity is blank (no expiry) or 1 to 120 months.");
            }
        }

        var areaAbove = Area(form.AreaAbove, "AreaAbove", errors);
        var areaAtMost = Area(form.AreaAtMost, "AreaAtMost", errors);
        if (areaAbove is { } above && areaAtMost is { } most && most <= above)
        {
            Fail("AreaAtMost", "พื้นที่สูงสุดต้องมากกว่าพื้นที่ขั้นต่ำ", "The largest area must be above the smallest.");
        }
        if ((areaAbove ?? areaAtMost) is not null && !form.AreaRequired)
        {
            Fail("AreaRequired", "กำหนดขนาดพื้นที่ไว้ ต้องให้ผู้ยื่นกรอกพื้นที่ด้วย", "With area limits, the applicant must give the area.");
        }

        var fixedFee = Money(form.FixedFee, "FixedFee", new("ค่าธรรมเนียมคงที่", "The fixed fee"), blankIsZero: true, errors);
        var rate = Money(form.RatePerSquareMetre, "RatePerSquareMetre", new("อัตราต่อตารางเมตร", "The rate per m²"), blankIsZero: true, errors);
        var minimum = Money(form.MinimumFee, "MinimumFee", new("ค่าธรรมเนียมขั้นต่ำ", "The minimum fee"), blankIsZero: true, errors);
        decimal? maximum = string.IsNullOrWhiteSpace(form.MaximumFee) ? null
            : Money(form.MaximumFee, "MaximumFee", new("ค่าธรรมเนียมสูงสุด", "The maximum fee"), blankIsZero: false, errors);
        var categories = PermitTypeLists.ReadCategories(form.FeeCategories, errors);
        switch (form.FeeMode)
        {
            case FeeMode.PerSquareMetre:
                if (rate <= 0)
                {
                    Fail("RatePerSquareMetre", "คิดตามพื้นที่ต้องกำหนดอัตราต่อตารางเมตรมากกว่า 0", "A fee by area needs a rate per m² above 0.");
                }
                if (!form.AreaRequired)
                {
                    Fail("AreaRequired", "คิดค่าธรรมเนียมตามพื้นที่ ต้องให้ผู้ยื่นกรอกพื้นที่", "A fee by area needs the applicant to give the area.");
                }
                if (maximum is { } max && max < minimum)
                {
                    Fail("MaximumFee", "ค่าธรรมเนียมสูงสุดต้องไม่น้อยกว่าขั้นต่ำ", "The maximum fee cannot be below the minimum.");
                }
                break;
            case FeeMode.ByCategory when categories.Count == 0 && errors.All(e => e.Field != "FeeCategories"):
                Fail("FeeCategories", "คิดค่าธรรมเนียมตามประเภทกิจการ ต้องมีประเภทอย่างน้อยหนึ่งบรรทัด", "A fee by category needs at least one category line.");
                break;
            case FeeMode.Fixed or FeeMode.PerSquareMetre or FeeMode.ByCategory:
                break;
            default:
                Fail("FeeMode", "เลือกวิธีคิดค่าธรรมเนียม", "Choose how the fee is worked out.");
                break;
        }
        if (!Enum.IsDefined(form.Kind))
        {
            Fail("Kind", "เลือกกฎหมายที่ออกใบอนุญาต", "Choose the law the permit is issued under.");
        }

        var documents = PermitTypeLists.ReadDocuments(form.Documents, errors);
        var fields = PermitTypeLists.ReadFields(form.Fields, errors);
        var checklist = PermitTypeLists.ReadChecklist(form.Checklist, errors);
        if (form.InspectionRequired && checklist.Count == 0 && errors.All(e => e.Field != "Checklist"))
        {
            Fail("Checklist", "ประเภทที่ต้องตรวจสถานที่ ต้องมีรายการตรวจอย่างน้อยหนึ่งบรรทัด", "A type that needs inspection needs at least one checklist line.");
        }
        Fits(categories, "FeeCategories", errors);
        Fits(documents, "Documents", errors);
        Fits(fields, "Fields", errors);
        Fits(checklist, "Checklist", errors);

        if (errors.Count > 0)
        {
            return errors;
        }
        if (type is null)
        {
            type = new PermitType(code, form.Kind);
            db.Add(type);
        }
        type.NameTh = nameTh!;
        type.NameEn = nameEn!;
        type.ApplicationForm = applicationForm;
        type.CertificateNameTh = certificateTh!;
        type.CertificateNameEn = certificateEn!;
        type.LawTh = lawTh!;
        type.LawEn = lawEn!;
        type.AppealTh = appealTh!;
        type.AppealEn = appealEn!;
        type.DecisionDays = decisionDays;
        type.ValidityMonths = validity;
        type.InspectionRequired = form.InspectionRequired;
        type.AreaRequired = form.AreaRequired;
        type.AreaAbove = areaAbove;
        type.AreaAtMost = areaAtMost;
        type.FeeMode = form.FeeMode;
        type.FixedFee = fixedFee;
        type.RatePerSquareMetre = rate;
        type.MinimumFee = minimum;
        type.MaximumFee = maximum;
        type.FeeCategories = categories;
        type.Documents = documents;
        type.Fields = fields;
        type.Checklist = checklist;
        type.Active = form.Active;
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    private static string? Required(string? value, int max, string field, LocalizedText what, List<FieldError> errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(new(field, new($"กรุณากรอก{what.Th}", $"{what.En} is required.")));
            return null;
        }
        return Optional(text, max, field, what, errors);
    }

    private static string? Optional(string? value, int max, string field, LocalizedText what, List<FieldError> errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (text.Length > max)
        {
            errors.Add(new(field, new($"{what.Th}ยาวเกิน {max} ตัวอักษร", $"{what.En} is longer than {max} characters.")));
            return null;
        }
        return text;
    }

    private static decimal Money(string? value, string field, LocalizedText what, bool blankIsZero, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value) && blankIsZero)
        {
            return 0;
        }
        if (!PermitTypeLists.TryMoney(value, out var amount))
        {
            errors.Add(new(field, new($"{what.Th}ต้องเป็นตัวเลข 0 ถึง 1,000,000 บาท", $"{what.En} must be a number from 0 to 1,000,000 baht.")));
        }
        return amount;
    }

    private static decimal? Area(string? value, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (decimal.TryParse(value.Replace(",", "", StringComparison.Ordinal).Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var area)
            && area is > 0 and <= 10_000_000)
        {
            return Math.Round(area, 2, MidpointRounding.AwayFromZero);
        }
        errors.Add(new(field, new("พื้นที่ต้องเป็นตัวเลขมากกว่า 0 (ตารางเมตร) หรือเว้นว่าง", "The area must be a number above 0 (m²), or blank.")));
        return null;
    }

    private static void Fits<T>(List<T> list, string field, List<FieldError> errors)
    {
        if (JsonSerializer.Serialize(list, Json).Length > MaxListJson)
        {
            errors.Add(new(field, new("รายการนี้ยาวเกินที่จัดเก็บได้ ให้ย่อข้อความหรือลดจำนวนบรรทัด", "This list is too long to keep; shorten the lines or use fewer.")));
        }
    }
}
