using System.Globalization;
using System.Text;
using LocalGov.Permits.Pages;
using LocalGov.Permits.Statistics;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Reporting;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Permits.Areas.Permits.Pages.Stats;

/// <summary>
/// Permit statistics for a range of days (the current Thai fiscal year by default): per type and in total, by
/// month, as charts with the same figures in tables, and the two tables as CSV (handlers TypesCsv and MonthsCsv).
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + PermitsPermissions.Reports)]
public sealed class IndexModel(PermitStatistics statistics, ICurrentTenant tenant, TimeProvider clock) : PermitsPage
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>None when the range could not be read (the errors say why).</summary>
    public PermitStatsReport? Report { get; private set; }
    public BarChart? TypeChart { get; private set; }
    public BarChart? InTimeChart { get; private set; }
    public BarChart? MonthChart { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Range() is not { } range)
        {
            return;
        }
        Report = await statistics.ComputeAsync(range, cancellationToken);
        var types = Report.Types.Select(t => t.Code).ToList();
        TypeChart = BarChart.Build(types,
        [
            new ChartSeries(T("รับคำขอ", "Received"), "chart-received", [.. Report.Types.Select(t => (double?)t.Figures.Received)]),
            new ChartSeries(T("พิจารณาแล้ว", "Decided"), "chart-decided", [.. Report.Types.Select(t => (double?)t.Figures.Decided)]),
        ], caption: T("กราฟแท่งจำนวนคำขอที่รับและที่พิจารณาแล้วแยกตามประเภทใบอนุญาต", "Bar chart of applications received and decided by permit type"));
        InTimeChart = BarChart.Build(types,
            [new ChartSeries(T("พิจารณาทันกำหนด", "Decided in time"), "chart-in-time", [.. Report.Types.Select(t => t.Figures.InTimeShare)])],
            max: 100, unit: "%",
            caption: T("กราฟแท่งร้อยละของคำขอที่พิจารณาเสร็จภายในกำหนดตามกฎหมาย แยกตามประเภท", "Bar chart of the share of decisions made within the legal deadline, by type"));
        MonthChart = BarChart.Build([.. Report.Months.Select(m => m.Month.ShortLabel(IsThai))],
        [
            new ChartSeries(T("รับคำขอ", "Received"), "chart-received", [.. Report.Months.Select(m => (double?)m.Received)]),
            new ChartSeries(T("พิจารณาแล้ว", "Decided"), "chart-decided", [.. Report.Months.Select(m => (double?)m.Decided)]),
        ], caption: T("กราฟแท่งจำนวนคำขอที่รับและที่พิจารณาแล้วรายเดือน", "Bar chart of applications received and decided each month"));
    }

    /// <summary>The per-type table as CSV.</summary>
    public Task<IActionResult> OnGetTypesCsvAsync(CancellationToken cancellationToken) =>
        CsvAsync("types", StatsCsv.WriteTypesAsync, cancellationToken);

    /// <summary>The monthly table as CSV.</summary>
    public Task<IActionResult> OnGetMonthsCsvAsync(CancellationToken cancellationToken) =>
        CsvAsync("months", StatsCsv.WriteMonthsAsync, cancellationToken);

    private async Task<IActionResult> CsvAsync(string table, Func<CsvWriter, PermitStatsReport, Task> write, CancellationToken cancellationToken)
    {
        if (Range() is not { } range)
        {
            return BadRequest(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)));
        }
        var report = await statistics.ComputeAsync(range, cancellationToken);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        await write(new CsvWriter(text), report);
        var name = $"permit-stats-{table}-{tenant.Tenant?.Code ?? "lao"}-{StatsRange.Iso(range.From)}-{StatsRange.Iso(range.To)}.csv";
        return File(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString()), CsvWriter.ContentType, name);
    }

    /// <summary>Reads the range, or records why it cannot (a 400 with the error on its field).</summary>
    private StatsRange? Range()
    {
        try
        {
            var range = StatsRange.Parse(From, To, BangkokTime.Today(clock));
            (From, To) = (StatsRange.Iso(range.From), StatsRange.Iso(range.To));
            return range;
        }
        catch (BusinessRuleException e)
        {
            Error(e);
            Response.StatusCode = e.StatusCode;
            return null;
        }
    }

    /// <summary>The range as a query string, for the CSV links.</summary>
    public string Query => $"from={From}&to={To}";

    public static string Days(double? days) => days is { } d ? d.ToString("0.#", CultureInfo.InvariantCulture) : "-";

    public static string Percent(double? share) => share is { } s
        ? Math.Round(s, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";
}
