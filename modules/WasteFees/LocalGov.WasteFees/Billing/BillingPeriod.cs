using System.Globalization;
using LocalGov.Thai;

namespace LocalGov.WasteFees.Billing;

/// <summary>A calendar month billed for, stored as yyyymm (202611 is November 2026, พ.ย. 2569).</summary>
public readonly record struct BillingPeriod(int Year, int Month) : IComparable<BillingPeriod>
{
    public static BillingPeriod Of(DateOnly date) => new(date.Year, date.Month);

    public static BillingPeriod FromKey(int key) => new(key / 100, key % 100);

    /// <summary>Reads "2026-11" or "2569-11" (a year above 2400 is Buddhist Era).</summary>
    public static BillingPeriod? Parse(string? text)
    {
        var parts = (text ?? "").Trim().Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month))
        {
            return null;
        }
        if (year > 2400)
        {
            year -= 543;
        }
        return year is >= 2000 and <= 2200 && month is >= 1 and <= 12 ? new BillingPeriod(year, month) : null;
    }

    public int Key => Year * 100 + Month;
    public DateOnly First => new(Year, Month, 1);
    public DateOnly Last => new(Year, Month, Days);
    public int Days => DateTime.DaysInMonth(Year, Month);

    public BillingPeriod Next => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    public BillingPeriod Plus(int months)
    {
        var index = Year * 12 + (Month - 1) + months;
        return new(index / 12, index % 12 + 1);
    }

    /// <summary>"พ.ย. 2569" or "Nov 2026".</summary>
    public string Name(bool thai) => thai
        ? $"{ThaiDate.MonthAbbreviation(Month)} {ThaiDate.ToBuddhistYear(Year)}"
        : First.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"2026-11", as forms and URLs carry it.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    public int CompareTo(BillingPeriod other) => Key.CompareTo(other.Key);

    public static bool operator <(BillingPeriod a, BillingPeriod b) => a.Key < b.Key;
    public static bool operator >(BillingPeriod a, BillingPeriod b) => a.Key > b.Key;
    public static bool operator <=(BillingPeriod a, BillingPeriod b) => a.Key <= b.Key;
    public static bool operator >=(BillingPeriod a, BillingPeriod b) => a.Key >= b.Key;
}
