namespace LocalGov.Payments.Contracts;

/// <summary>From <see cref="From"/> on, a one-time surcharge of <see cref="Percent"/> % of the principal being paid applies (the latest step replaces earlier ones).</summary>
public sealed record SurchargeStep(DateOnly From, decimal Percent);
