namespace LocalGov.Payments.Contracts;

/// <summary>
/// How a late bill grows, supplied by the source module (DOMAIN.md): percentage surcharges by period (land and
/// building tax: 10 % before the warning, 20 % within it, 40 % after) and monthly interest on the principal only,
/// a started month counted whole (1 % a month for land tax, 2 % for signboard tax). Evaluated as of the payment date.
/// </summary>
public sealed record PenaltyPolicy(IReadOnlyList<SurchargeStep> Surcharges, decimal MonthlyInterestPercent, DateOnly? InterestFrom)
{
    public static PenaltyPolicy None { get; } = new([], 0m, null);
}
