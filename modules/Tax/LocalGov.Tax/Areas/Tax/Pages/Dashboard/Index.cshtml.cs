using LocalGov.Platform.Authorization;
using LocalGov.Platform.Reporting;
using LocalGov.Platform.Timing;
using LocalGov.Tax.Assessment;
using LocalGov.Tax.Dashboard;
using LocalGov.Tax.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Tax.Areas.Tax.Pages.Dashboard;

/// <summary>
/// Tax revenue for a tax year: principal assessed against collected by head (each land-use category, corrections,
/// signboard tax and its surcharge), how many assessments and how many notices must go by letter, and the
/// assessments past their due date still owing, largest first, a page at a time. The CSV files hold the same figures.
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + TaxPermissions.Reports)]
public sealed class IndexModel(RevenueDashboard dashboard, TimeProvider clock) : TaxPage
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public DateOnly Today { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    /// <summary>None when the year could not be read (the error says why).</summary>
    public RevenueSummary? Summary { get; private set; }
    public IReadOnlyList<ArrearsRow> Arrears { get; private set; } = [];
    public BarChart? Chart { get; private set; }

    public int PageCount => Math.Max(1, ((Summary?.ArrearsCount ?? 0) + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = BangkokTime.Today(clock);
        Years = await dashboard.YearsAsync(Today.Year, cancellationToken);
        if (DashboardFeature.ParseYear(Year, Today.Year) is not { } year)
        {
            ModelState.AddModelError(nameof(Year), T("ปีภาษีไม่ถูกต้อง ระบุเป็น พ.ศ. หรือ ค.ศ. เช่น 2569", "The tax year is not valid; give it as 2569 or 2026."));
            Response.StatusCode = 400;
            return;
        }
        Year = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Summary = await dashboard.SummarizeAsync(year, Today, cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Arrears = await dashboard.ArrearsPageAsync(year, Today, PageNumber, PageSize, cancellationToken);
        var shown = Summary.Categories.Where(c => c.Assessed != 0 || c.Collected != 0).ToList();
        Chart = BarChart.Build([.. shown.Select(c => ShortName(c.Head))],
        [
            new(T("ประเมิน", "Assessed"), "chart-billed", [.. shown.Select(c => (double?)c.Assessed)]),
            new(T("จัดเก็บได้", "Collected"), "chart-collected", [.. shown.Select(c => (double?)c.Collected)]),
        ], caption: T($"กราฟแท่งภาษีที่ประเมินและที่จัดเก็บได้ ปีภาษี {BuddhistYear(year)} แยกตามประเภท (บาท)",
            $"Bar chart of tax assessed and collected in tax year {year} by category (baht)"));
    }

    /// <summary>A column label short enough for ten columns on a phone.</summary>
    public string ShortName(string head) => head switch
    {
        "LBT-AGRICULTURAL" => T("เกษตร", "Farm"),
        "LBT-MAIN-HOME" => T("บ้านหลัก", "Home"),
        "LBT-MAIN-HOME-HOUSE-ONLY" => T("บ้านหลัก (บ้าน)", "Home (house)"),
        "LBT-RESIDENTIAL-OTHER" => T("อยู่อาศัย", "Residence"),
        "LBT-OTHER" => T("อื่น ๆ", "Other"),
        "LBT-VACANT" => T("ว่างเปล่า", "Vacant"),
        "LBT-ADJUST" => T("ส่วนต่าง", "Correction"),
        AssessmentBilling.SignboardHead => T("ป้าย", "Signs"),
        AssessmentBilling.SignSurchargeHead => T("เงินเพิ่มป้าย", "Surcharge"),
        "SBT-ADJUST" => T("ส่วนต่างป้าย", "Sign corr."),
        _ => head,
    };

    public string KindName(TaxKind kind) => T(TaxAssessment.KindName(kind).Th, TaxAssessment.KindName(kind).En);

    /// <summary>The year (and a page) as a query string.</summary>
    public string Query(int? page = null) => $"?year={Uri.EscapeDataString(Year ?? "")}{(page is { } p ? $"&p={p}" : "")}";
}
