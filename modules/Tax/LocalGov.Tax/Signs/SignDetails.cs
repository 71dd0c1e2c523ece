using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using LocalGov.Tax.Signboard;

namespace LocalGov.Tax.Signs;

/// <summary>A sign as typed into a form or a declaration: checked field by field before anything is saved.</summary>
public sealed record SignDetails(string? Place, string? Address, string? Wording, int? Type, bool Moving, int? WidthCm, int? HeightCm, DateOnly? InstalledOn)
{
    public IReadOnlyList<FieldError> Validate(DateOnly today, string prefix = "")
    {
        var errors = new List<FieldError>();
        void Add(string field, string th, string en) => errors.Add(new(prefix + field, new LocalizedText(th, en)));
        if (string.IsNullOrWhiteSpace(Place) || Place.Trim().Length > Sign.MaxText)
        {
            Add(nameof(Place), $"ระบุชื่อร้านหรืออาคารที่ติดตั้งป้าย (ไม่เกิน {Sign.MaxText} ตัวอักษร)", $"Give the shop or building the sign is on (at most {Sign.MaxText} characters).");
        }
        if (string.IsNullOrWhiteSpace(Address) || Address.Trim().Length > 500)
        {
            Add(nameof(Address), "ระบุที่ตั้งป้าย (บ้านเลขที่ ถนน ตำบล) ไม่เกิน 500 ตัวอักษร", "Give where the sign stands (house number, road, subdistrict), at most 500 characters.");
        }
        if (Wording is { Length: > 500 })
        {
            Add(nameof(Wording), "ข้อความบนป้ายยาวเกิน 500 ตัวอักษร", "The wording is longer than 500 characters.");
        }
        if (Type is not (1 or 2 or 3))
        {
            Add(nameof(Type), "เลือกประเภทป้าย 1, 2 หรือ 3", "Choose sign type 1, 2 or 3.");
        }
        if (WidthCm is null or <= 0 or > SignboardCalculator.MaxSideCm)
        {
            Add(nameof(WidthCm), $"ความกว้างเป็นเซนติเมตร จำนวนเต็ม 1–{SignboardCalculator.MaxSideCm:N0}", $"The width in cm, a whole number of 1–{SignboardCalculator.MaxSideCm:N0}.");
        }
        if (HeightCm is null or <= 0 or > SignboardCalculator.MaxSideCm)
        {
            Add(nameof(HeightCm), $"ความสูงเป็นเซนติเมตร จำนวนเต็ม 1–{SignboardCalculator.MaxSideCm:N0}", $"The height in cm, a whole number of 1–{SignboardCalculator.MaxSideCm:N0}.");
        }
        if (InstalledOn is null)
        {
            Add(nameof(InstalledOn), "ระบุวันที่ติดตั้งป้าย", "Give the date the sign went up.");
        }
        else if (InstalledOn > today)
        {
            Add(nameof(InstalledOn), "วันที่ติดตั้งต้องไม่เลยวันนี้", "The installation date cannot be in the future.");
        }
        else if (InstalledOn.Value.Year < 1950)
        {
            Add(nameof(InstalledOn), "วันที่ติดตั้งเก่าเกินไป ตรวจสอบปี (ใช้ปี ค.ศ. หรือเลือกจากปฏิทิน)", "The installation date is too early; check the year.");
        }
        return errors;
    }
}
