using LocalGov.Complaints.Pages;
using LocalGov.Complaints.Publishing;
using LocalGov.Platform.Reporting;
using Microsoft.AspNetCore.Authorization;

namespace LocalGov.Complaints.Areas.Complaints.Pages.Public;

/// <summary>
/// Monthly figures for the LAO's public categories over the last 12 months, as charts drawn on the server (inline
/// SVG) and as tables, with the same figures as open data at /complaints/stats.csv.
/// </summary>
[AllowAnonymous]
public sealed class StatsModel(ComplaintStatistics statistics) : ComplaintsPage
{
    public StatisticsReport Report { get; private set; } = null!;
    public BarChart Volume { get; private set; } = null!;
    public BarChart WithinSla { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Report = await statistics.LastMonthsAsync(cancellationToken);
        var columns = Report.Months.Select(m => m.Month.ShortLabel(IsThai)).ToList();
        Volume = BarChart.Build(columns,
        [
            new ChartSeries(T("รับเรื่อง", "Received"), "chart-received", [.. Report.Months.Select(m => (double?)m.Figures.Received)]),
            new ChartSeries(T("แก้ไขแล้ว", "Resolved"), "chart-resolved", [.. Report.Months.Select(m => (double?)m.Figures.Resolved)]),
        ], caption: T("กราฟแท่งจำนวนเรื่องที่รับและแก้ไขแล้วรายเดือน", "Bar chart of complaints received and resolved each month"));
        WithinSla = BarChart.Build(columns,
            [new ChartSeries(T("แก้ไขทันกำหนด", "Resolved on time"), "chart-sla", [.. Report.Months.Select(m => m.Figures.ShareWithinSla)])],
            max: 100, unit: "%",
            caption: T("กราฟแท่งร้อยละของเรื่องที่แก้ไขทันกำหนดรายเดือน", "Bar chart of the share of complaints resolved on time each month"));
    }

    public static string Hours(double? hours) => hours is { } h ? StatisticsCsv.Decimal(h, 1) : "-";

    public static string Percent(double? share) => share is { } s ? StatisticsCsv.Decimal(s, 1) + "%" : "-";

    public static string Rating(double? rating) => rating is { } r ? StatisticsCsv.Decimal(r, 2) : "-";
}
