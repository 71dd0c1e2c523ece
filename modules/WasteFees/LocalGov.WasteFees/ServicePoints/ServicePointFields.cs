using LocalGov.Platform.Localization;

namespace LocalGov.WasteFees.ServicePoints;

/// <summary>
/// The fields of a <see cref="ServicePointInput"/> under the one name each carries everywhere: the form input, the
/// CSV column and the <see cref="FieldError.Field"/> of its errors (house_code, payer_name …).
/// </summary>
public static class ServicePointFields
{
    public sealed record Field(string Name, LocalizedText Label, bool Required, Func<ServicePointInput, string?> Get,
        Func<ServicePointInput, string?, ServicePointInput> Set);

    public static readonly IReadOnlyList<Field> All =
    [
        new("house_code", new("รหัสประจำบ้าน (11 หลัก)", "House code (11 digits)"), false, i => i.HouseCode, (i, v) => i with { HouseCode = v }),
        new("house_no", new("บ้านเลขที่", "House number"), true, i => i.HouseNo, (i, v) => i with { HouseNo = v }),
        new("moo", new("หมู่ที่", "Moo"), false, i => i.Moo, (i, v) => i with { Moo = v }),
        new("soi", new("ซอย", "Soi"), false, i => i.Soi, (i, v) => i with { Soi = v }),
        new("road", new("ถนน", "Road"), false, i => i.Road, (i, v) => i with { Road = v }),
        new("subdistrict", new("ตำบล/แขวง", "Subdistrict"), true, i => i.Subdistrict, (i, v) => i with { Subdistrict = v }),
        new("place_name", new("ชื่อร้าน/สถานที่ (ถ้ามี)", "Shop or place name (if any)"), false, i => i.PlaceName, (i, v) => i with { PlaceName = v }),
        new("payer_name", new("ชื่อผู้ชำระ", "Payer's name"), true, i => i.PayerName, (i, v) => i with { PayerName = v }),
        new("payer_national_id", new("เลขประจำตัวประชาชนผู้ชำระ (ไม่บังคับ)", "Payer's national ID (optional)"), false, i => i.PayerNationalId, (i, v) => i with { PayerNationalId = v }),
        new("payer_phone", new("โทรศัพท์ผู้ชำระ", "Payer's phone"), false, i => i.PayerPhone, (i, v) => i with { PayerPhone = v }),
        new("payer_email", new("อีเมลผู้ชำระ", "Payer's email"), false, i => i.PayerEmail, (i, v) => i with { PayerEmail = v }),
        new("fee_class", new("ประเภทค่าธรรมเนียม (รหัส)", "Fee class (code)"), true, i => i.FeeClass, (i, v) => i with { FeeClass = v }),
        new("zone", new("เขต", "Zone"), true, i => i.Zone, (i, v) => i with { Zone = v }),
        new("route", new("สายเก็บขยะ", "Route"), true, i => i.Route, (i, v) => i with { Route = v }),
        new("route_order", new("ลำดับในสาย", "Order on the route"), false, i => i.RouteOrder, (i, v) => i with { RouteOrder = v }),
        new("start_date", new("วันเริ่มให้บริการ", "Start date"), true, i => i.StartDate, (i, v) => i with { StartDate = v }),
        new("stop_date", new("วันเลิกให้บริการ", "Stop date"), false, i => i.StopDate, (i, v) => i with { StopDate = v }),
        new("exempt_reason", new("เหตุผลการยกเว้น", "Exemption reason"), false, i => i.ExemptReason, (i, v) => i with { ExemptReason = v }),
        new("exempt_evidence", new("หลักฐานการยกเว้น", "Exemption evidence"), false, i => i.ExemptEvidence, (i, v) => i with { ExemptEvidence = v }),
        new("exempt_from", new("ยกเว้นตั้งแต่", "Exempt from"), false, i => i.ExemptFrom, (i, v) => i with { ExemptFrom = v }),
        new("exempt_until", new("ยกเว้นถึง", "Exempt until"), false, i => i.ExemptUntil, (i, v) => i with { ExemptUntil = v }),
    ];

    private static readonly Dictionary<string, Field> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static Field? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>An input from named values (a posted form; a CSV row by its header).</summary>
    public static ServicePointInput Read(Func<string, string?> value) =>
        All.Aggregate(new ServicePointInput(), (input, field) => field.Set(input, value(field.Name)));

    /// <summary>The stored point as the form shows it (the national ID is never shown: staff see it masked).</summary>
    public static ServicePointInput From(ServicePoint point, string feeClassCode) => new()
    {
        HouseCode = point.HouseCode,
        HouseNo = point.HouseNo,
        Moo = point.Moo?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Soi = point.Soi,
        Road = point.Road,
        Subdistrict = point.Subdistrict,
        PlaceName = point.PlaceName,
        PayerName = point.PayerName,
        PayerPhone = point.PayerPhone,
        PayerEmail = point.PayerEmail,
        FeeClass = feeClassCode,
        Zone = point.Zone,
        Route = point.Route,
        RouteOrder = point.RouteOrder.ToString(System.Globalization.CultureInfo.InvariantCulture),
        StartDate = IsoDate(point.StartDate),
        StopDate = IsoDate(point.StopDate),
        ExemptReason = point.ExemptReason,
        ExemptEvidence = point.ExemptEvidence,
        ExemptFrom = IsoDate(point.ExemptFrom),
        ExemptUntil = IsoDate(point.ExemptUntil),
    };

    public static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
