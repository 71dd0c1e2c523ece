using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Data;
using LocalGov.Platform.Reporting;
using LocalGov.Platform.Satisfaction;
using LocalGov.Tenants.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tenants.Areas.Tenants.Pages.Satisfaction;

/// <summary>
/// The LAO's satisfaction indicator as DGA counts it (share of 4–5 and mean) for the last 12 months: the monthly
/// chart with the 80 % target line, the figures per service with those below target first, and the residents'
/// comments (staff only; a comment is shown with its case number, never with the resident's name or address).
/// </summary>
[Authorize(Policy = TenantsPermissions.SatisfactionPolicy)]
public sealed class IndexModel(ISatisfactionIndicator indicator, ICurrentTenant currentTenant, LocalGovDbContext db) : TenantsPage
{
    public const int CommentsShown = 50;

    public IReadOnlyList<(string Month, SatisfactionFigures Figures)> Months { get; private set; } = [];
    public IReadOnlyList<ServiceFigures> Services { get; private set; } = [];
    public SatisfactionFigures Total { get; private set; } = SatisfactionFigures.None;
    public BarChart? Chart { get; private set; }
    public IReadOnlyList<SatisfactionSurvey> Comments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (from, to) = SatisfactionSummary.Last12Months(indicator);
        var rows = await indicator.RowsAsync([currentTenant.Id!.Value], from, to, cancellationToken);
        Months = SatisfactionSummary.ByMonth(rows, SatisfactionMonth.Last12(to));
        Services = SatisfactionSummary.ByService(rows);
        Total = SatisfactionSummary.Total(rows);
        Chart = BarChart.Build([.. Months.Select(m => SatisfactionMonth.Short(m.Month, IsThai))],
            [new ChartSeries(T("ร้อยละที่พึงพอใจ (4–5)", "Share satisfied (4–5)"), "chart-satisfied", [.. Months.Select(m => m.Figures.SharePercent)])],
            max: 100, unit: "%", caption: T("ร้อยละผู้ให้คะแนน 4–5 รายเดือน เทียบเป้าหมายร้อยละ 80", "Share of ratings 4–5 by month, against the 80 % target"),
            target: SatisfactionScale.TargetPercent, targetLabel: T("เป้าหมาย 80%", "Target 80%"));
        Comments = await db.Set<SatisfactionSurvey>().AsNoTracking()
            .Where(s => s.Stars != null && s.Comment != null)
            .OrderByDescending(s => s.AnsweredAt).Take(CommentsShown).ToListAsync(cancellationToken);
    }

    public static string Css(SatisfactionFigures figures) => figures.SharePercent is null ? "" : figures.BelowTarget ? "below-target" : "on-target";
}
