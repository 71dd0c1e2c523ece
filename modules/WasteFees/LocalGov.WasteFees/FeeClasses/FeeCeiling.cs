using System.Globalization;
using LocalGov.Platform.Localization;

namespace LocalGov.WasteFees.FeeClasses;

/// <summary>
/// The legal ceiling on monthly waste fees (DOMAIN.md; our reading in docs/adr/0014-waste-fee-ceilings-and-proration.md).
/// <list type="bullet">
/// <item>Up to 20 litres a day (600 L a month, a household): collection at most 150 baht and disposal at most 200 baht
/// a month (Cleanliness Act as amended B.E. 2560).</item>
/// <item>Above that, the 2002 volume scale: 40 baht for each started 20 litres a day up to 500 litres a day, then
/// 2,000 baht per cubic metre a day (2 baht a litre); never below the household ceiling of 350 baht. The cap
/// applies to collection and disposal together.</item>
/// </list>
/// </summary>
public static class FeeCeiling
{
    public const int HouseholdLitresPerDay = 20;
    public const decimal HouseholdCollection = 150m;
    public const decimal HouseholdDisposal = 200m;
    public const int MaxLitresPerDay = 100_000;

    /// <summary>The most a month that collection and disposal together may cost for this much waste a day.</summary>
    public static decimal TotalFor(int litresPerDay)
    {
        if (litresPerDay <= HouseholdLitresPerDay)
        {
            return HouseholdCollection + HouseholdDisposal;
        }
        var scale = litresPerDay <= 500
            ? (litresPerDay + 19) / 20 * 40m
            : litresPerDay * 2m;
        return Math.Max(HouseholdCollection + HouseholdDisposal, scale);
    }

    /// <summary>Null when the rates are lawful and well-formed; otherwise what is wrong, in Thai and English.</summary>
    public static LocalizedText? Check(int litresPerDay, decimal collection, decimal disposal)
    {
        if (litresPerDay is < 1 or > MaxLitresPerDay)
        {
            return new($"ปริมาณขยะต่อวันต้องอยู่ระหว่าง 1 ถึง {MaxLitresPerDay:N0} ลิตร", $"Litres a day must be from 1 to {MaxLitresPerDay:N0}.");
        }
        if (collection < 0 || disposal < 0 || collection != Math.Round(collection, 2) || disposal != Math.Round(disposal, 2))
        {
            return new("อัตราค่าธรรมเนียมต้องไม่ติดลบ และละเอียดไม่เกินสตางค์", "Rates cannot be negative and are in baht and satang.");
        }
        if (collection + disposal <= 0)
        {
            return new("อัตราค่าธรรมเนียมรวมต้องมากกว่า 0 บาท (บ้านที่ได้รับยกเว้นให้บันทึกการยกเว้นที่จุดบริการ)",
                "The monthly rate must be above 0 baht (record an exemption on the service point instead).");
        }
        if (litresPerDay <= HouseholdLitresPerDay)
        {
            if (collection > HouseholdCollection)
            {
                return new(Inv($"ค่าเก็บและขนต้องไม่เกิน {HouseholdCollection:N0} บาทต่อเดือน สำหรับขยะไม่เกิน {HouseholdLitresPerDay} ลิตรต่อวัน (พ.ร.บ.รักษาความสะอาดฯ แก้ไข พ.ศ. 2560)"),
                    Inv($"Collection may not exceed {HouseholdCollection:N0} baht a month for up to {HouseholdLitresPerDay} litres a day (Cleanliness Act, as amended 2017)."));
            }
            if (disposal > HouseholdDisposal)
            {
                return new(Inv($"ค่ากำจัดต้องไม่เกิน {HouseholdDisposal:N0} บาทต่อเดือน สำหรับขยะไม่เกิน {HouseholdLitresPerDay} ลิตรต่อวัน (พ.ร.บ.รักษาความสะอาดฯ แก้ไข พ.ศ. 2560)"),
                    Inv($"Disposal may not exceed {HouseholdDisposal:N0} baht a month for up to {HouseholdLitresPerDay} litres a day (Cleanliness Act, as amended 2017)."));
            }
            return null;
        }
        var ceiling = TotalFor(litresPerDay);
        return collection + disposal > ceiling
            ? new(Inv($"ค่าเก็บขนและกำจัดรวมกันต้องไม่เกิน {ceiling:N2} บาทต่อเดือน สำหรับขยะ {litresPerDay:N0} ลิตรต่อวัน"),
                Inv($"Collection and disposal together may not exceed {ceiling:N2} baht a month for {litresPerDay:N0} litres a day."))
            : null;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
