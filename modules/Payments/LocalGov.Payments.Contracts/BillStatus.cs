namespace LocalGov.Payments.Contracts;

public enum BillStatus
{
    Open = 1,
    PartiallyPaid = 2,
    Paid = 3,
    Cancelled = 4,
}
