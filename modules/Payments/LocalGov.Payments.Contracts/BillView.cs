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
    AmountDueView DueAsOf,
    IReadOnlyList<BillLineView> Lines);

/// <summary>One line of a bill as issued (fee head, description, amount) and what payments have settled of it.</summary>
public sealed record BillLineView(string Head, string Description, decimal Amount, decimal Paid, string? DescriptionEn = null)
{
    /// <summary>The description in the reader's language: English for an English reader when the line has it, else Thai.</summary>
    public string Text => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" && DescriptionEn is { } en
        ? en
        : Description;
}

/// <summary>What settles the bill on <see cref="AsOf"/>: outstanding principal plus surcharge and interest on it.</summary>
public sealed record AmountDueView(DateOnly AsOf, decimal Principal, decimal Surcharge, decimal Interest)
{
    public decimal Total => Principal + Surcharge + Interest;
}
