using LocalGov.Platform.Authorization;
using LocalGov.Platform.MultiTenancy;
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
    }
}
