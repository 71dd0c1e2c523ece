namespace LocalGov.Payments.Contracts;

/// <summary>
/// Equal installments due on these dates (land and building tax of 3,000 baht or more: three, monthly — the source
/// module decides who may have one). The first date is the bill's due date. While every installment is paid by its
/// date there is no penalty; a missed installment ends the plan: the whole rest falls due, with the penalty policy
/// counted from the missed installment's date.
/// </summary>
public sealed record InstallmentPlan(IReadOnlyList<DateOnly> DueDates);
