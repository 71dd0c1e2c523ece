using System.Globalization;

namespace LocalGov.WasteFees.Reports;

/// <summary>Figures as the report pages show them: baht with two decimals in the reader's culture, rates to one decimal.</summary>
public static class ReportText
{
    public static string Count(int count) => count.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>"77.8%", rounded half away from zero; "-" when there is no rate (nothing billed).</summary>
    public static string Rate(Figures figures) => figures.CollectionRate is { } rate
        ? Math.Round(rate, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + "%"
        : "-";
}
