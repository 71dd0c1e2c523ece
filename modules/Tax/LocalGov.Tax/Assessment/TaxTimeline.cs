using LocalGov.Payments.Contracts;
using LocalGov.Tax.Rates;

namespace LocalGov.Tax.Assessment;

/// <summary>
/// Dates of a land-and-building assessment: due on the year's payment date, or 30 days after a notice sent later
/// than 30 days before it; the three installments follow the year's dates, or monthly from a later due date.
/// </summary>
public static class TaxTimeline
{
    public const int MinimumDaysToPay = 30;
    public const int SignboardDaysToPay = 15;

    public static DateOnly LandDueDate(ScheduleRates rates, DateOnly noticeDate) =>
        noticeDate.AddDays(MinimumDaysToPay) > rates.PaymentDue ? noticeDate.AddDays(MinimumDaysToPay) : rates.PaymentDue;

    public static DateOnly SignDueDate(DateOnly noticeDate) => noticeDate.AddDays(SignboardDaysToPay);

    public static InstallmentPlan Installments(ScheduleRates rates, DateOnly dueDate) =>
        dueDate == rates.PaymentDue && rates.InstallmentDates.Count == 3
            ? new InstallmentPlan(rates.InstallmentDates)
            : new InstallmentPlan([dueDate, dueDate.AddMonths(1), dueDate.AddMonths(2)]);
}
