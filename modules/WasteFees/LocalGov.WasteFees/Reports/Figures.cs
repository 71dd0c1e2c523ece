namespace LocalGov.WasteFees.Reports;

/// <summary>
/// What a set of charges (a month, a zone, a month in a zone) asked for and brought in. Bills counts the charges
/// that went out on a bill; a yearly prepayment bill counts once in each month it covers.
/// </summary>
public sealed record Figures(decimal Billed, decimal Collected, int Bills, int Exempt)
{
    public static readonly Figures None = new(0m, 0m, 0, 0);

    public decimal Outstanding => Billed - Collected;

    /// <summary>Collected as a percentage of billed; none when nothing was billed.</summary>
    public decimal? CollectionRate => Billed == 0 ? null : Collected * 100m / Billed;

    public Figures Plus(Figures other) =>
        new(Billed + other.Billed, Collected + other.Collected, Bills + other.Bills, Exempt + other.Exempt);

    public static Figures Sum(IEnumerable<Figures> figures) => figures.Aggregate(None, (total, f) => total.Plus(f));
}
