using LocalGov.Platform.Web;
using System.Globalization;
using LocalGov.Platform.Emailing;
using LocalGov.Platform.Localization;
using LocalGov.Platform.PersonalData;
using LocalGov.Thai;
using LocalGov.WasteFees.FeeClasses;

namespace LocalGov.WasteFees.ServicePoints;

/// <summary>
/// A service point as typed on the form or read from one CSV row: every field a string, as the person gave it.
/// The CSV columns have the same names in snake_case (see <see cref="Import.ServicePointCsv"/>).
/// </summary>
public sealed record ServicePointInput
{
    public string? HouseCode { get; init; }
    public string? HouseNo { get; init; }
    public string? Moo { get; init; }
    public string? Soi { get; init; }
    public string? Road { get; init; }
    public string? Subdistrict { get; init; }
    public string? PlaceName { get; init; }
    public string? PayerName { get; init; }
    public string? PayerNationalId { get; init; }
    public string? PayerPhone { get; init; }
    public string? PayerEmail { get; init; }
    public string? FeeClass { get; init; }
    public string? Zone { get; init; }
    public string? Route { get; init; }
    public string? RouteOrder { get; init; }
    public string? StartDate { get; init; }
    public string? StopDate { get; init; }
    public string? ExemptReason { get; init; }
    public string? ExemptEvidence { get; init; }
    public string? ExemptFrom { get; init; }
    public string? ExemptUntil { get; init; }
}

/// <summary>One thing wrong with one field, in Thai and English; <see cref="Field"/> names the input (and the CSV column).</summary>

/// <summary>An exemption from the fee for a period, with why and what proves it.</summary>
public sealed record Exemption(string Reason, string? Evidence, DateOnly From, DateOnly? Until);

/// <summary>The payer's national ID as kept: encrypted, hashed for look-up, and masked for display.</summary>
public sealed record ProtectedPayerId(string Cipher, string Hash, string Masked);

/// <summary>A checked service point, ready to save. Built only by <see cref="Validate"/>.</summary>
public sealed record ServicePointDetails(
    string? HouseCode, string HouseNo, int? Moo, string? Soi, string? Road, string Subdistrict, string? PlaceName,
    string PayerName, ProtectedPayerId? PayerId, bool ClearPayerId, string? PayerPhone, string? PayerEmail,
    Guid FeeClassId, string Zone, string Route, int RouteOrder,
    DateOnly StartDate, DateOnly? StopDate, Exemption? Exemption)
{
    public const int MaxText = 200;
    public const int MaxCode = 50;

    /// <summary>
    /// Checks every field and reports every problem at once. A blank national ID keeps the one already stored when
    /// <paramref name="keepStoredId"/> (editing: staff see only the masked ID and need not type it again).
    /// </summary>
    public static (ServicePointDetails? Details, IReadOnlyList<FieldError> Errors) Validate(
        ServicePointInput input, IReadOnlyDictionary<string, FeeClass> feeClassesByCode, IPersonalDataVault vault, bool keepStoredId = false)
    {
        var errors = new List<FieldError>();
        void Fail(string field, string th, string en) => errors.Add(new FieldError(field, new LocalizedText(th, en)));

        string? houseCode = null;
        if (Clean(input.HouseCode) is { } rawHouse)
        {
            var check = ThaiHouseCode.Check(rawHouse);
            if (check.IsValid)
            {
                houseCode = ThaiHouseCode.Normalize(rawHouse);
            }
            else
            {
                Fail("house_code", "รหัสประจำบ้านไม่ถูกต้อง: " + check.MessageTh, "The house code is not valid: " + check.Message);
            }
        }
        var houseNo = Text(input.HouseNo, "house_no", "บ้านเลขที่", "House number", required: true, max: 20);
        int? moo = null;
        if (Clean(input.Moo) is { } rawMoo)
        {
            if (int.TryParse(rawMoo, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 99)
            {
                moo = m;
            }
            else
            {
                Fail("moo", "หมู่ที่ต้องเป็นตัวเลข 1–99", "Moo must be a number from 1 to 99.");
            }
        }
        var soi = Text(input.Soi, "soi", "ซอย", "Soi", required: false, max: 100);
        var road = Text(input.Road, "road", "ถนน", "Road", required: false, max: 100);
        var subdistrict = Text(input.Subdistrict, "subdistrict", "ตำบล/แขวง", "Subdistrict", required: true, max: 100);
        var placeName = Text(input.PlaceName, "place_name", "ชื่อร้าน/สถานที่", "Place name", required: false, max: MaxText);
        var payerName = Text(input.PayerName, "payer_name", "ชื่อผู้ชำระ", "Payer's name", required: true, max: MaxText);

        ProtectedPayerId? payerId = null;
        var clearId = false;
        if (Clean(input.PayerNationalId) is { } rawId)
        {
            var check = ThaiNationalId.Check(rawId);
            if (check.IsValid)
            {
                var normalized = ThaiNationalId.Normalize(rawId);
                var protectedValue = vault.Protect(normalized);
                payerId = new ProtectedPayerId(protectedValue.Cipher, protectedValue.Hash, ThaiNationalId.Mask(normalized));
            }
            else
            {
                Fail("payer_national_id", "เลขประจำตัวประชาชนผู้ชำระไม่ถูกต้อง: " + check.MessageTh, "The payer's national ID is not valid: " + check.Message);
            }
        }
        else
        {
            clearId = !keepStoredId;
        }

        var phone = Clean(input.PayerPhone);
        if (phone is not null && (phone.Length > 20 || !phone.All(c => char.IsAsciiDigit(c) || c is '-' or ' ' or '+')))
        {
            Fail("payer_phone", "เบอร์โทรศัพท์ใช้ได้เฉพาะตัวเลข - และ + ไม่เกิน 20 ตัว", "The phone number may hold digits, '-' and '+', up to 20 characters.");
        }
        var email = Clean(input.PayerEmail);
        if (email is not null && (email.Length > 256 || !EmailAddress.IsPlausible(email)))
        {
            Fail("payer_email", "อีเมลผู้ชำระไม่ถูกต้อง", "The payer's email address is not valid.");
        }

        var feeClassId = Guid.Empty;
        var classCode = Clean(input.FeeClass)?.ToUpperInvariant();
        if (classCode is null)
        {
            Fail("fee_class", "เลือกประเภทค่าธรรมเนียม", "Choose the fee class.");
        }
        else if (!feeClassesByCode.TryGetValue(classCode, out var feeClass) || !feeClass.Active)
        {
            Fail("fee_class", $"ไม่มีประเภทค่าธรรมเนียมรหัส '{classCode}' ที่ใช้งานอยู่ ({string.Join(", ", feeClassesByCode.Values.Where(c => c.Active).Select(c => c.Code))})",
                $"There is no active fee class '{classCode}' ({string.Join(", ", feeClassesByCode.Values.Where(c => c.Active).Select(c => c.Code))}).");
        }
        else
        {
            feeClassId = feeClass.Id;
        }
        var zone = Text(input.Zone, "zone", "เขต", "Zone", required: true, max: MaxCode);
        var route = Text(input.Route, "route", "สายเก็บขยะ", "Route", required: true, max: MaxCode);
        var routeOrder = 0;
        if (Clean(input.RouteOrder) is { } rawOrder &&
            !(int.TryParse(rawOrder, NumberStyles.None, CultureInfo.InvariantCulture, out routeOrder) && routeOrder <= 100_000))
        {
            Fail("route_order", "ลำดับในสายต้องเป็นตัวเลข 0–100000", "The order on the route must be a number from 0 to 100000.");
        }

        var start = Date(input.StartDate, "start_date", "วันเริ่มให้บริการ", "Start date", required: true);
        var stop = Date(input.StopDate, "stop_date", "วันเลิกให้บริการ", "Stop date", required: false);
        if (start is { } s && stop is { } e && e < s)
        {
            Fail("stop_date", "วันเลิกให้บริการต้องไม่ก่อนวันเริ่ม", "The stop date cannot be before the start date.");
        }

        Exemption? exemption = null;
        var reason = Text(input.ExemptReason, "exempt_reason", "เหตุผลการยกเว้น", "Exemption reason", required: false, max: 500);
        var evidence = Text(input.ExemptEvidence, "exempt_evidence", "หลักฐานการยกเว้น", "Exemption evidence", required: false, max: 500);
        var exemptFrom = Date(input.ExemptFrom, "exempt_from", "ยกเว้นตั้งแต่", "Exempt from", required: false);
        var exemptUntil = Date(input.ExemptUntil, "exempt_until", "ยกเว้นถึง", "Exempt until", required: false);
        if (reason is not null || evidence is not null || exemptFrom is not null || exemptUntil is not null)
        {
            if (reason is null)
            {
                Fail("exempt_reason", "การยกเว้นต้องระบุเหตุผล เช่น ผู้ถือบัตรสวัสดิการแห่งรัฐ", "An exemption needs a reason, e.g. a state welfare card holder.");
            }
            if (exemptFrom is null && Clean(input.ExemptFrom) is null)
            {
                Fail("exempt_from", "การยกเว้นต้องระบุวันเริ่มยกเว้น", "An exemption needs the date it starts.");
            }
            if (exemptFrom is { } f && exemptUntil is { } u && u < f)
            {
                Fail("exempt_until", "วันสิ้นสุดการยกเว้นต้องไม่ก่อนวันเริ่มยกเว้น", "The exemption cannot end before it starts.");
            }
            if (reason is not null && exemptFrom is { } from)
            {
                exemption = new Exemption(reason, evidence, from, exemptUntil);
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }
        return (new ServicePointDetails(houseCode, houseNo!, moo, soi, road, subdistrict!, placeName, payerName!, payerId, clearId,
            phone, email, feeClassId, zone!, route!, routeOrder, start!.Value, stop, exemption), errors);

        string? Text(string? value, string field, string th, string en, bool required, int max)
        {
            var text = Clean(value);
            if (text is null)
            {
                if (required)
                {
                    Fail(field, $"กรอก{th}", $"{en} is required.");
                }
                return null;
            }
            if (text.Length > max)
            {
                Fail(field, $"{th}ยาวเกิน {max} ตัวอักษร", $"{en} is longer than {max} characters.");
                return null;
            }
            return text;
        }

        DateOnly? Date(string? value, string field, string th, string en, bool required)
        {
            var text = Clean(value);
            if (text is null)
            {
                if (required)
                {
                    Fail(field, $"กรอก{th}", $"{en} is required.");
                }
                return null;
            }
            if (ParseDate(text) is { } date)
            {
                return date;
            }
            Fail(field, $"{th} '{text}' ไม่ใช่วันที่ ใช้รูปแบบ 2026-11-01 หรือ 1/11/2569", $"{en} '{text}' is not a date; write 2026-11-01 or 1/11/2569.");
            return null;
        }
    }

    /// <summary>Reads 2026-11-01, 2569-11-01, 1/11/2026 or 1/11/2569 (a year above 2400 is Buddhist Era).</summary>
    public static DateOnly? ParseDate(string text)
    {
        text = text.Trim();
        string[] parts;
        int year, month, day;
        if ((parts = text.Split('-')).Length == 3 && parts[0].Length == 4)
        {
            if (!Int(parts[0], out year) || !Int(parts[1], out month) || !Int(parts[2], out day))
            {
                return null;
            }
        }
        else if ((parts = text.Split('/')).Length == 3 && parts[2].Length == 4)
        {
            if (!Int(parts[2], out year) || !Int(parts[1], out month) || !Int(parts[0], out day))
            {
                return null;
            }
        }
        else
        {
            return null;
        }
        if (year > 2400)
        {
            year -= 543;
        }
        if (year is < 1950 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return new DateOnly(year, month, day);

        static bool Int(string s, out int value) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    public static string FormatAddress(string houseNo, int? moo, string? soi, string? road, string subdistrict, bool thai)
    {
        var parts = new List<string> { houseNo };
        if (moo is { } m)
        {
            parts.Add(thai ? $"หมู่ {m}" : $"Moo {m}");
        }
        if (!string.IsNullOrEmpty(soi))
        {
            parts.Add(thai ? $"ซอย{soi}" : $"Soi {soi}");
        }
        if (!string.IsNullOrEmpty(road))
        {
            parts.Add(thai ? $"ถนน{road}" : $"{road} Road");
        }
        parts.Add(thai ? $"ตำบล{subdistrict}" : subdistrict);
        return string.Join(" ", parts);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
