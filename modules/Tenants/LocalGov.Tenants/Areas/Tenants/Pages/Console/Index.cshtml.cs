using LocalGov.Platform.Authorization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Reporting;
using LocalGov.Platform.Satisfaction;
using LocalGov.Tenants.Console;
using LocalGov.Tenants.Pages;
using LocalGov.Tenants.Provinces;
using Microsoft.AspNetCore.Authorization;

namespace LocalGov.Tenants.Areas.Tenants.Pages.Console;

[Authorize(Policy = TenantsPermissions.ConsolePolicy)]
public sealed class IndexModel(LaoDashboard dashboard, IPermissionChecker permissions, ISatisfactionIndicator satisfaction) : TenantsPage
{
    /// <summary>The LAOs in scope ranked by their satisfaction over the last 12 months (share of 4–5), best first.</summary>
    public IReadOnlyList<(TenantInfo Tenant, SatisfactionFigures Figures)> Ranking { get; private set; } = [];

    /// <summary>The scope's (the province's) answers added up per month.</summary>
    public IReadOnlyList<(string Month, SatisfactionFigures Figures)> Months { get; private set; } = [];

    public SatisfactionFigures Total { get; private set; } = SatisfactionFigures.None;

    /// <summary>
    /// The national admin's view (null for a provincial admin, whose scope is one province): each province with an
    /// LAO, its answers added up over the 12 months and per month, best first; the provinces' shares on a chart
    /// against DGA's 80 % target.
    /// </summary>
    public IReadOnlyList<GroupFigures<ProvinceEntry>>? Provinces { get; private set; }

    public BarChart? ProvinceChart { get; private set; }

    public IReadOnlyList<string> MonthKeys { get; private set; } = [];

    public IReadOnlyList<LaoSummary> Rows { get; private set; } = [];
    public bool CanOnboard { get; private set; }

    public string ProvinceName(string code) =>
        ProvinceCatalog.Find(code) is { } p ? (IsThai ? p.NameTh : p.NameEn) : code;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await dashboard.ListAsync(ConsoleScope.Of(User), cancellationToken);
        CanOnboard = await permissions.IsGrantedAsync(User, TenantsPermissions.Onboard, cancellationToken);
        var (from, to) = SatisfactionSummary.Last12Months(satisfaction);
        var ids = Rows.Select(r => r.Tenant.Id).ToList();
        var answers = ids.Count == 0 ? [] : await satisfaction.RowsAsync(ids, from, to, cancellationToken);
        var byId = Rows.ToDictionary(r => r.Tenant.Id, r => r.Tenant);
        Ranking = [.. SatisfactionSummary.RankLaos(answers, ids).Select(x => (byId[x.TenantId], x.Figures))];
        Months = SatisfactionSummary.ByMonth(answers, SatisfactionMonth.Last12(to));
        Total = SatisfactionSummary.Total(answers);
        MonthKeys = [.. Months.Select(m => m.Month)];
        if (ConsoleScope.Of(User).AllProvinces)
        {
            ByProvince(answers);
        }
    }

    private void ByProvince(IReadOnlyList<SatisfactionRow> answers)
    {
        var provinceOf = Rows.ToDictionary(r => r.Tenant.Id, r => ProvinceCatalog.Find(r.Tenant.ProvinceCode));
        // the catalogue's order (by code) for provinces with LAOs; an LAO with an unknown code has no province to add to
        var provinces = ProvinceCatalog.All.Where(p => provinceOf.ContainsValue(p)).ToList();
        Provinces = SatisfactionSummary.Rank(answers, provinces, id => provinceOf.GetValueOrDefault(id), MonthKeys);
        var charted = Provinces.Where(p => p.Total.Answers > 0).ToList();
        ProvinceChart = charted.Count == 0 ? null : BarChart.Build([.. charted.Select(p => ProvinceName(p.Key.Code))],
            [new ChartSeries(T("ร้อยละที่พึงพอใจ (4–5)", "Share satisfied (4–5)"), "chart-satisfied", [.. charted.Select(p => p.Total.SharePercent)])],
            max: 100, unit: "%", caption: T("ร้อยละผู้ให้คะแนน 4–5 รายจังหวัด 12 เดือนล่าสุด เทียบเป้าหมายร้อยละ 80",
                "Share of ratings 4–5 by province, last 12 months, against the 80 % target"),
            target: SatisfactionScale.TargetPercent, targetLabel: T("เป้าหมาย 80%", "Target 80%"));
    }
}
