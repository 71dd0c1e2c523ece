namespace LocalGov.Payments.Contracts;

/// <summary>A bill as other modules and residents see it, with what is due as of a date.</summary>
public sealed record BillView(
    Guid Id,
    string Number,
    BillStatus Status,
    BillSource Source,
    string PayerName,
    DateOnly DueDate,
    decimal Principal,
    decimal PrincipalPaid,
    AmountDueView DueAsOf);

/// <summary>What settles the bill on <see cref="AsOf"/>: outstanding principal plus surcharge and interest on it.</summary>
public sealed record AmountDueView(DateOnly AsOf, decimal Principal, decimal Surcharge, decimal Interest)
{
    public decimal Total => Principal + Surcharge + Interest;
}
