using LocalGov.Payments.Contracts;

namespace LocalGov.Tax.LatePayment;

/// <summary>
/// Late land-and-building tax (Act B.E. 2562 ss.68–70; DOMAIN.md): a fine of 10 % when paid before the warning
/// notice, 20 % when paid within the warning's period, 40 % after it; plus 1 % a month on the unpaid tax, a started
/// month counted whole, the fines never in the base. Payments evaluates the policy on the day of payment.
/// </summary>
public static class LandTaxPenalty
{
    public const decimal BeforeWarningPercent = 10m;
    public const decimal WithinWarningPercent = 20m;
    public const decimal AfterWarningPercent = 40m;
    public const decimal MonthlyPercent = 1m;

    public static PenaltyPolicy BeforeWarning(DateOnly dueDate) =>
        new([new SurchargeStep(dueDate.AddDays(1), BeforeWarningPercent)], MonthlyPercent, dueDate.AddDays(1));

    /// <param name="deadline">The last day the warning gives; from the day after, the fine is 40 %.</param>
    public static PenaltyPolicy AfterWarning(DateOnly dueDate, DateOnly warnedOn, DateOnly deadline) =>
        new([
            new SurchargeStep(dueDate.AddDays(1), BeforeWarningPercent),
            new SurchargeStep(warnedOn > dueDate ? warnedOn : dueDate.AddDays(1), WithinWarningPercent),
            new SurchargeStep(deadline.AddDays(1), AfterWarningPercent),
        ], MonthlyPercent, dueDate.AddDays(1));
}

/// <summary>Late signboard tax: 2 % a month on the unpaid tax from the day after the due date, a started month whole.</summary>
public static class SignboardPenalty
{
    public const decimal MonthlyPercent = 2m;

    public static PenaltyPolicy For(DateOnly dueDate) => new([], MonthlyPercent, dueDate.AddDays(1));
}
