using LocalGov.Platform.Authorization;
using LocalGov.Platform.Reporting;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using LocalGov.WasteFees.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.WasteFees.Areas.WasteFees.Pages.Reports;

/// <summary>
/// The points with overdue fees, the largest debt first, a page at a time; a summary of how long the money has been
/// overdue; filtered by zone and route as the points stand now. The CSV has every row.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + WasteFeesPermissions.Reports)]
public sealed class ArrearsModel(ArrearsReport arrears, TimeProvider clock) : LocalGovPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Zone { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Route { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public DateOnly Today { get; private set; }
    public ArrearsSummary Summary { get; private set; } = null!;
    public IReadOnlyList<ArrearsRow> Rows { get; private set; } = [];
    public IReadOnlyList<string> Zones { get; private set; } = [];
    public IReadOnlyList<string> Routes { get; private set; } = [];
    public BarChart AgeChart { get; private set; } = null!;

    public int PageCount => Math.Max(1, (Summary.Points + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = BangkokTime.Today(clock);
        var filter = ArrearsFilter.From(Zone, Route);
        (Zone, Route) = (filter.Zone, filter.Route);
        (var zones, var routes) = await arrears.ChoicesAsync(cancellationToken);
        (Zones, Routes) = (zones, routes);
        Summary = await arrears.SummarizeAsync(filter, Today, cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await arrears.PageAsync(filter, Today, PageNumber, PageSize, IsThai, cancellationToken);
        AgeChart = BarChart.Build([.. Summary.Buckets.Select(AgeText)],
            [new ChartSeries(T("ค้างชำระ (บาท)", "Outstanding (baht)"), "chart-overdue", [.. Summary.Buckets.Select(b => (double?)b.Outstanding)])],
            caption: T("กราฟแท่งยอดค้างชำระแยกตามระยะเวลาที่เกินกำหนด (บาท)", "Bar chart of the amount overdue by how long it has been overdue (baht)"));
    }

    /// <summary>"1–30 วัน", "มากกว่า 180 วัน".</summary>
    public string AgeText(AgeBucket bucket) => bucket.ToDays is { } to
        ? T($"{bucket.FromDays}–{to} วัน", $"{bucket.FromDays}–{to} days")
        : T($"มากกว่า {bucket.FromDays - 1} วัน", $"Over {bucket.FromDays - 1} days");

    /// <summary>The filter (and a page) as a query string.</summary>
    public string Query(int? page = null) =>
        $"?zone={Uri.EscapeDataString(Zone ?? "")}&route={Uri.EscapeDataString(Route ?? "")}{(page is { } p ? $"&p={p}" : "")}";
}
