using LocalGov.Payments.Contracts;

namespace LocalGov.Payments.Penalties;

/// <summary>
/// Late-payment arithmetic (DOMAIN.md, Land and Building Tax Act B.E. 2562 ss. 68–70; signboard tax): a surcharge
/// percentage chosen by the payment date, plus monthly interest on the principal only (fines are never in the
/// base), a started month counted whole. Penalties are due on the principal a payment settles, so paying in parts
/// costs what paying each part on its day would. All money is decimal baht rounded to satang, halves away from zero.
/// </summary>
public static class PenaltyCalculator
{
    /// <summary>Months of interest from <paramref name="interestFrom"/> (the first late day) to <paramref name="asOf"/>; a started month counts whole.</summary>
    public static int MonthsLate(DateOnly interestFrom, DateOnly asOf)
    {
        if (asOf < interestFrom)
        {
            return 0;
        }
        // month k begins on interestFrom.AddMonths(k - 1) (31 Jan → 28 Feb → 31 Mar, as AddMonths clamps)
        var months = (asOf.Year - interestFrom.Year) * 12 + asOf.Month - interestFrom.Month;
        if (interestFrom.AddMonths(months) > asOf)
        {
            months--;
        }
        return months + 1;
    }

    /// <summary>The surcharge percentage on <paramref name="asOf"/>: the latest step that has started (they replace, not add).</summary>
    public static decimal SurchargePercent(PenaltyPolicy policy, DateOnly asOf) =>
        policy.Surcharges.Where(s => s.From <= asOf).OrderBy(s => s.From).LastOrDefault()?.Percent ?? 0m;

    /// <summary>Interest percentage accrued by <paramref name="asOf"/>.</summary>
    public static decimal InterestPercent(PenaltyPolicy policy, DateOnly asOf) =>
        policy.InterestFrom is { } from ? policy.MonthlyInterestPercent * MonthsLate(from, asOf) : 0m;

    /// <summary>What settles <paramref name="principal"/> on <paramref name="asOf"/>.</summary>
    public static AmountDueView Due(PenaltyPolicy policy, decimal principal, DateOnly asOf) => new(
        asOf,
        principal,
        Money.Round(principal * SurchargePercent(policy, asOf) / 100m),
        Money.Round(principal * InterestPercent(policy, asOf) / 100m));

    /// <summary>
    /// Splits a payment of <paramref name="amount"/> (at most the total due) into the principal it settles and the
    /// surcharge and interest on that principal. The principal part is rounded down to the satang, so penalties are
    /// never under-collected by rounding.
    /// </summary>
    public static AmountDueView Apportion(PenaltyPolicy policy, decimal outstandingPrincipal, decimal amount, DateOnly asOf)
    {
        var full = Due(policy, outstandingPrincipal, asOf);
        if (amount >= full.Total)
        {
            return full;
        }
        var factor = 1m + (SurchargePercent(policy, asOf) + InterestPercent(policy, asOf)) / 100m;
        var principal = Math.Floor(amount / factor * 100m) / 100m;
        var surcharge = Money.Round(principal * SurchargePercent(policy, asOf) / 100m);
        var interest = amount - principal - surcharge;
        if (interest < 0)
        {
            surcharge += interest;
            interest = 0;
        }
        return new AmountDueView(asOf, principal, surcharge, interest);
    }
}
