namespace LocalGov.Payments.Bills;

/// <summary>A line of a bill by fee or tax head; payments fill lines in order.</summary>
public sealed class BillLine
{
    private BillLine() { } // EF Core

    internal BillLine(int sequence, string head, string description, decimal amount)
    {
        Sequence = sequence;
        Head = head;
        Description = description;
        Amount = amount;
    }

    public int Sequence { get; private set; }
    public string Head { get; private set; } = "";
    public string Description { get; private set; } = "";
    public decimal Amount { get; private set; }
    public decimal Paid { get; internal set; }
    public decimal Outstanding => Amount - Paid;
}
