namespace LocalGov.Payments.Bills;

/// <summary>A line of a bill by fee or tax head; payments fill lines in order.</summary>
public sealed class BillLine
{
    private BillLine() { } // EF Core

    internal BillLine(int sequence, string head, string description, string? descriptionEn, decimal amount)
    {
        Sequence = sequence;
        Head = head;
        Description = description;
        DescriptionEn = descriptionEn;
        Amount = amount;
    }

    public int Sequence { get; private set; }
    public string Head { get; private set; } = "";
    /// <summary>The line in Thai, as printed on the paper bill and the receipt.</summary>
    public string Description { get; private set; } = "";

    /// <summary>The line in English for readers who chose English; null for lines issued in Thai only.</summary>
    public string? DescriptionEn { get; private set; }
    public decimal Amount { get; private set; }

    /// <summary>The description in the reader's language (Thai when the line has no English).</summary>
    public string Text => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" && DescriptionEn is { } en
        ? en
        : Description;
    public decimal Paid { get; internal set; }
    public decimal Outstanding => Amount - Paid;
}
