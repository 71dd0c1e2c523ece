namespace LocalGov.Payments.Contracts;

/// <summary>One line of a bill by fee or tax head, e.g. ("WASTE-COLLECTION", "ค่าเก็บขนขยะ พ.ย. 2569", 40.00).</summary>
public sealed record BillLineRequest(string Head, string Description, decimal Amount);
