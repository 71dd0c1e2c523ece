namespace LocalGov.Payments.Contracts;

/// <summary>A bill was paid in full. Delivered to the source module's <see cref="IBillEventHandler"/> in the payment's transaction.</summary>
public sealed record BillPaid(Guid BillId, string BillNumber, BillSource Source, decimal TotalPaid, DateTime PaidAt);

/// <summary>A payment reduced a bill without settling it.</summary>
public sealed record BillPartiallyPaid(Guid BillId, string BillNumber, BillSource Source, decimal AmountPaid, decimal PrincipalOutstanding, DateTime PaidAt);
