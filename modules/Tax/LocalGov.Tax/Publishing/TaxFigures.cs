using System.Globalization;

namespace LocalGov.Tax.Publishing;

/// <summary>How the resident pages write rates and whole amounts: "0.03%", "50,000,000".</summary>
public static class TaxFigures
{
    public static string Percent(decimal rate) => rate.ToString("0.###", CultureInfo.InvariantCulture) + "%";

    /// <summary>An area or other measure with its decimals only when it has them: "1,234.5".</summary>
    public static string Measure(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Whole(decimal amount) => amount.ToString("N0", CultureInfo.InvariantCulture);

    public static string Whole(long amount) => amount.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>An amount as data attributes carry it for scripts and tests: "3000.00".</summary>
    public static string Data(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
