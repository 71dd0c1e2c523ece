namespace LocalGov.Payments.Contracts;

/// <summary>A bill was paid in full. Delivered to the source module's <see cref="IBillEventHandler"/> in the payment's transaction.</summary>
public sealed record BillPaid(Guid BillId, string BillNumber, BillSource Source, decimal TotalPaid, DateTime PaidAt);

/// <summary>A payment reduced a bill without settling it.</summary>
public sealed record BillPartiallyPaid(Guid BillId, string BillNumber, BillSource Source, decimal AmountPaid, decimal PrincipalOutstanding, DateTime PaidAt);

/// <summary>A receipt was voided: the money it recorded no longer counts, and the bill is open again for that amount.</summary>
public sealed record BillPaymentVoided(Guid BillId, string BillNumber, BillSource Source, string ReceiptNumber, decimal Amount, string Reason)
{
    /// <summary>The part of <see cref="Amount"/> that had paid principal (the rest was surcharge and interest).</summary>
    public decimal Principal { get; init; }
}

/// <summary>An unpaid bill was cancelled, with the reason given.</summary>
public sealed record BillCancelled(Guid BillId, string BillNumber, BillSource Source, string Reason);
