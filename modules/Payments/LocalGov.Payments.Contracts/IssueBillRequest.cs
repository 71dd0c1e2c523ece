namespace LocalGov.Payments.Contracts;

public sealed record IssueBillRequest(
    BillPayer Payer,
    BillSource Source,
    IReadOnlyList<BillLineRequest> Lines,
    DateOnly DueDate,
    PenaltyPolicy? Penalty = null,
    InstallmentPlan? Installments = null);
