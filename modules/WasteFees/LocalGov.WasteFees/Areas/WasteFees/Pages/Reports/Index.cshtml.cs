using System.Globalization;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Reporting;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.Thai;
using LocalGov.WasteFees.Billing;
using LocalGov.WasteFees.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.WasteFees.Areas.WasteFees.Pages.Reports;

/// <summary>
/// Billed against collected for a range of months (the last 12 by default) and optionally one zone: by month and by
/// zone, as tables and charts, with the same figures as CSV.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + WasteFeesPermissions.Reports)]
public sealed class IndexModel(CollectionReport report, TimeProvider clock) : LocalGovPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Zone { get; set; }

    /// <summary>None when the filter could not be read (the errors say why).</summary>
    public CollectionSummary? Summary { get; private set; }
    public IReadOnlyList<string> Zones { get; private set; } = [];
    public BarChart? MonthChart { get; private set; }
    public BarChart? RateChart { get; private set; }
    public BarChart? ZoneChart { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = BangkokTime.Today(clock);
        ReportRange range;
        try
        {
            range = ReportRange.Parse(From, To, Zone, today);
        }
        catch (BusinessRuleException e)
        {
            Error(e);
            Response.StatusCode = e.StatusCode;
            Zones = await report.ZonesAsync(ReportRange.Parse(null, null, null, today), cancellationToken);
            return;
        }
        (From, To, Zone) = (range.From.ToString(), range.To.ToString(), range.Zone);
        Zones = await report.ZonesAsync(range, cancellationToken);
        Summary = await report.SummarizeAsync(range, cancellationToken);
        var months = Summary.Months;
        MonthChart = BarChart.Build([.. months.Select(m => ShortName(m.Month))], MoneySeries(months.Select(m => m.Figures)),
            caption: T("กราฟแท่งยอดเรียกเก็บและยอดที่เก็บได้รายเดือน (บาท)", "Bar chart of billed and collected each month (baht)"));
        RateChart = BarChart.Build([.. months.Select(m => ShortName(m.Month))],
            [new ChartSeries(T("อัตราการจัดเก็บ", "Collection rate"), "chart-rate", [.. months.Select(m => Share(m.Figures))])],
            max: 100, unit: "%", caption: T("กราฟแท่งอัตราการจัดเก็บรายเดือน (ร้อยละ)", "Bar chart of the collection rate each month (percent)"));
        ZoneChart = BarChart.Build([.. Summary.Zones.Select(z => z.Zone)], MoneySeries(Summary.Zones.Select(z => z.Figures)),
            caption: T("กราฟแท่งยอดเรียกเก็บและยอดที่เก็บได้แยกตามเขต (บาท)", "Bar chart of billed and collected by zone (baht)"));
    }

    private List<ChartSeries> MoneySeries(IEnumerable<Figures> figures) =>
    [
        new(T("เรียกเก็บ", "Billed"), "chart-billed", [.. figures.Select(f => (double?)f.Billed)]),
        new(T("เก็บได้", "Collected"), "chart-collected", [.. figures.Select(f => (double?)f.Collected)]),
    ];

    private static double? Share(Figures figures) => figures.CollectionRate is { } rate ? (double)rate : null;

    /// <summary>"พ.ค. 69" or "May 26": short enough for 24 columns on a phone.</summary>
    public string ShortName(BillingPeriod month) => IsThai
        ? string.Create(CultureInfo.InvariantCulture, $"{ThaiDate.MonthAbbreviation(month.Month)} {ThaiDate.ToBuddhistYear(month.Year) % 100:D2}")
        : month.First.ToString("MMM yy", CultureInfo.InvariantCulture);

    /// <summary>The filter as a query string, for the CSV link.</summary>
    public string Query => $"?from={From}&to={To}&zone={Uri.EscapeDataString(Zone ?? "")}";
}
