using System.Globalization;
using System.Text;

namespace LocalGov.Complaints.Publishing;

/// <summary>
/// The monthly figures as open data: CSV (RFC 4180) in UTF-8 with a byte-order mark so that Excel shows Thai,
/// an English header, invariant-culture numbers, one row per month per public category and one "all" row per
/// month. Columns are described in docs/residents.md.
/// </summary>
public static class StatisticsCsv
{
    public const string All = "all";

    public static readonly string[] Header =
    [
        "lao_code", "month", "month_th", "category_code", "category_name_th", "category_name_en",
        "received", "resolved", "median_hours_to_resolve", "resolved_within_sla", "percent_within_sla", "rated", "average_rating",
    ];

    public static byte[] ToBytes(StatisticsReport report, string laoCode) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Write(report, laoCode))];

    public static string Write(StatisticsReport report, string laoCode)
    {
        var text = new StringBuilder();
        Line(text, Header);
        foreach (var month in report.Months)
        {
            Line(text, Row(laoCode, month, All, "ทุกประเภท", "All categories"));
            foreach (var category in report.Categories)
            {
                var figures = category.Months.Single(m => m.Month == month.Month);
                Line(text, Row(laoCode, figures, category.Code, category.Name.Th, category.Name.En));
            }
        }
        return text.ToString();
    }

    private static string[] Row(string laoCode, MonthFigures month, string code, string nameTh, string nameEn)
    {
        var f = month.Figures;
        return
        [
            laoCode, month.Month.Key, month.Month.Label(thai: true), code, nameTh, nameEn,
            Number(f.Received), Number(f.Resolved), Decimal(f.MedianHoursToResolve, 1), Number(f.ResolvedWithinSla),
            Decimal(f.ShareWithinSla, 1), Number(f.Rated), Decimal(f.AverageRating, 2),
        ];
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Rounded half away from zero to <paramref name="decimals"/> places; empty when there is no value.</summary>
    public static string Decimal(double? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, CultureInfo.InvariantCulture) : "";

    private static void Line(StringBuilder text, IEnumerable<string> cells) =>
        text.Append(string.Join(',', cells.Select(Platform.Reporting.CsvWriter.Text))).Append("\r\n");
}
