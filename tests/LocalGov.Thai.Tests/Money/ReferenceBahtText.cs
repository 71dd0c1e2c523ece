using System.Numerics;

namespace LocalGov.Thai.Tests.Money;

/// <summary>
/// A deliberately different reader for cross-checking: BigInteger arithmetic, recursion on ล้าน groups, and plain
/// string concatenation, written from the rules in the README rather than from the library's code.
/// </summary>
internal static class ReferenceBahtText
{
    private static readonly string[] Words = ["", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"];
    private static readonly string[] Places = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"];

    public static string ToText(decimal amount)
    {
        decimal rounded = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            return "ศูนย์บาทถ้วน";
        }

        decimal magnitude = Math.Abs(rounded);
        var baht = new BigInteger(decimal.Truncate(magnitude));
        int satang = (int)((magnitude - decimal.Truncate(magnitude)) * 100);

        string text = rounded < 0 ? "ลบ" : "";
        if (baht > 0)
        {
            text += Read(baht, hasHigher: false) + "บาท";
        }

        return text + (satang == 0 ? "ถ้วน" : Read(satang, hasHigher: false) + "สตางค์");
    }

    private static string Read(BigInteger number, bool hasHigher)
    {
        if (number < 1_000_000)
        {
            return ReadGroup((int)number, hasHigher);
        }

        BigInteger high = BigInteger.DivRem(number, 1_000_000, out BigInteger low);
        string text = Read(high, hasHigher) + "ล้าน";
        return low == 0 ? text : text + ReadGroup((int)low, hasHigher: true);
    }

    private static string ReadGroup(int group, bool hasHigher)
    {
        string text = "";
        for (int place = 5; place >= 0; place--)
        {
            int digit = group / (int)Math.Pow(10, place) % 10;
            bool higherInGroup = group >= (int)Math.Pow(10, place + 1);
            if (digit == 0)
            {
                continue;
            }

            if (place == 1)
            {
                text += (digit == 1 ? "" : digit == 2 ? "ยี่" : Words[digit]) + "สิบ";
            }
            else if (place == 0 && digit == 1 && (hasHigher || higherInGroup))
            {
                text += "เอ็ด";
            }
            else
            {
                text += Words[digit] + Places[place];
            }
        }

        return text;
    }
}
