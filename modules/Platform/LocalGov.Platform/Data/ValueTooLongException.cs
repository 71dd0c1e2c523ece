using System.Globalization;
using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;

namespace LocalGov.Platform.Data;

/// <summary>
/// A text longer than its column allows, refused before it reaches the database (<see cref="LengthLimitInterceptor"/>).
/// A <see cref="BusinessRuleException"/>, so pages show it as the form's error and APIs answer 400; nothing is saved.
/// </summary>
public sealed class ValueTooLongException(string entity, string property, int maxLength, int length)
    : BusinessRuleException(MessageFor(property, maxLength, length), statusCode: 400)
{
    public string Entity { get; } = entity;
    public string Property { get; } = property;
    public int MaxLength { get; } = maxLength;
    public int Length { get; } = length;

    private static LocalizedText MessageFor(string property, int maxLength, int length)
    {
        var max = maxLength.ToString("N0", CultureInfo.InvariantCulture);
        var got = length.ToString("N0", CultureInfo.InvariantCulture);
        return new LocalizedText(
            $"ข้อความยาวเกินไป: ช่อง {property} ยาวได้ไม่เกิน {max} ตัวอักษร (ที่ส่งมา {got} ตัวอักษร) กรุณาย่อแล้วส่งอีกครั้ง ข้อมูลยังไม่ถูกบันทึก",
            $"Text too long: {property} may be at most {max} characters ({got} were sent). Shorten it and send again; nothing was saved.");
    }
}
