using LocalGov.WasteFees.FeeClasses;
using LocalGov.WasteFees.ServicePoints;

namespace LocalGov.WasteFees.Billing;

/// <summary>What one point owes for one month, before any prepayment discount.</summary>
public sealed record MonthlyFee(BillingPeriod Period, int DaysServed, int DaysExempt, int BillableDays, decimal Collection, decimal Disposal)
{
    public decimal Total => Collection + Disposal;

    /// <summary>Served some days but every one of them exempt.</summary>
    public bool Exempt => DaysServed > 0 && BillableDays == 0;

    /// <summary>
    /// The proration rule (docs/adr/0014): the days of the month the point was served (from its start date to its stop
    /// date, both included), less the days it was exempt, bill the class's monthly rate × those days ÷ the days of the
    /// month, collection and disposal each rounded half away from zero to the satang. A whole month bills the rate
    /// exactly.
    /// </summary>
    public static MonthlyFee For(BillingPeriod period, DateOnly start, DateOnly? stop, DateOnly? exemptFrom, DateOnly? exemptUntil,
        decimal collectionRate, decimal disposalRate)
    {
        var served = Overlap(period, start, stop);
        var exempt = exemptFrom is { } from ? Overlap(period, Max(from, start), Min(exemptUntil, stop)) : 0;
        var billable = served - exempt;
        return new MonthlyFee(period, served, exempt, billable,
            Prorate(collectionRate, billable, period.Days), Prorate(disposalRate, billable, period.Days));
    }

    public static MonthlyFee For(BillingPeriod period, ServicePoint point, FeeClass feeClass) =>
        For(period, point.StartDate, point.StopDate, point.ExemptFrom, point.ExemptUntil, feeClass.CollectionRate, feeClass.DisposalRate);

    private static decimal Prorate(decimal rate, int days, int daysInMonth) =>
        days == daysInMonth ? rate : Math.Round(rate * days / daysInMonth, 2, MidpointRounding.AwayFromZero);

    /// <summary>Days of the period within [from, until] (until null: open-ended).</summary>
    private static int Overlap(BillingPeriod period, DateOnly from, DateOnly? until)
    {
        var first = Max(from, period.First);
        var last = until is { } u && u < period.Last ? u : period.Last;
        return last < first ? 0 : last.DayNumber - first.DayNumber + 1;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
