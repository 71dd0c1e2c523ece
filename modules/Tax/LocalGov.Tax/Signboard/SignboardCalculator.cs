using LocalGov.Platform.Localization;
using LocalGov.Platform.Web;
using LocalGov.Tax.Rates;

namespace LocalGov.Tax.Signboard;

/// <summary>One sign to tax: type 1–3, moving or fixed, its widest and longest extent in cm, when it went up.</summary>
public sealed record SignMeasure(int Type, bool Moving, int WidthCm, int HeightCm, DateOnly InstalledOn);

/// <summary>
/// A sign's tax for a year: its area and 500 cm² units, the rate, the full-year tax (never under the minimum), the
/// share of the year it pays (a sign put up during the year pays from its quarter), and the tax.
/// </summary>
public sealed record SignTax(long AreaCm2, long Units, decimal RatePer500, decimal FullYear, bool MinimumApplied, int QuarterPercent, decimal Tax);

/// <summary>
/// Signboard tax arithmetic (DOMAIN.md; docs/adr/0016): units of 500 cm² with the last part counted by the year's
/// rounding rule, times the rate of the type; a full year never under the minimum (200 baht); a sign installed
/// during the tax year pays 100 / 75 / 50 / 25 % by the quarter it went up in.
/// </summary>
public static class SignboardCalculator
{
    public const int UnitCm2 = 500;
    public const int MaxSideCm = 100_000; // a kilometre: no sign is larger

    public static SignTax Calculate(int year, ScheduleRates rates, SignMeasure sign)
    {
        if (sign.Type is < 1 or > 3)
        {
            throw Invalid("type", "ประเภทป้ายต้องเป็น 1, 2 หรือ 3", "The sign type must be 1, 2 or 3.");
        }
        if (sign.WidthCm is <= 0 or > MaxSideCm)
        {
            throw Invalid("widthCm", $"ความกว้างต้องเป็นจำนวนเต็ม 1–{MaxSideCm:N0} เซนติเมตร", $"The width must be a whole number of 1–{MaxSideCm:N0} cm.");
        }
        if (sign.HeightCm is <= 0 or > MaxSideCm)
        {
            throw Invalid("heightCm", $"ความสูงต้องเป็นจำนวนเต็ม 1–{MaxSideCm:N0} เซนติเมตร", $"The height must be a whole number of 1–{MaxSideCm:N0} cm.");
        }
        if (sign.InstalledOn.Year > year)
        {
            throw Invalid("installedOn", $"ป้ายที่ติดตั้งหลังปีภาษี {year} ยังไม่ต้องเสียภาษีปีนี้", $"A sign installed after tax year {year} owes nothing for it.");
        }
        var rate = rates.SignRateFor(sign.Type, sign.Moving)
            ?? throw Invalid("type", "ไม่มีอัตราภาษีของป้ายประเภทนี้", "There is no rate for this sign type.");
        var area = (long)sign.WidthCm * sign.HeightCm;
        var units = area / UnitCm2;
        var rest = area % UnitCm2;
        units += rates.SignRounding switch
        {
            SignRounding.OverHalf => rest * 2 > UnitCm2 ? 1 : 0,
            SignRounding.Up => rest > 0 ? 1 : 0,
            _ => 0,
        };
        var computed = units * rate.RatePer500;
        var minimumApplied = computed < rates.SignMinimum;
        var fullYear = minimumApplied ? rates.SignMinimum : computed;
        var quarterPercent = QuarterPercent(year, sign.InstalledOn);
        var tax = Math.Round(fullYear * quarterPercent / 100m, 2, MidpointRounding.AwayFromZero);
        return new SignTax(area, units, rate.RatePer500, fullYear, minimumApplied, quarterPercent, tax);
    }

    /// <summary>A sign up before the year pays it all; one put up in the year pays from its quarter: 100, 75, 50, 25 %.</summary>
    public static int QuarterPercent(int year, DateOnly installedOn) =>
        installedOn.Year < year ? 100 : 100 - (installedOn.Month - 1) / 3 * 25;

    private static BusinessRuleException Invalid(string field, string th, string en) => new(new LocalizedText(th, en), field);
}
