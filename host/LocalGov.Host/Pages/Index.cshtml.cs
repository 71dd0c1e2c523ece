using System.Globalization;
using LocalGov.Platform.Features;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Satisfaction;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalGov.Host.Pages;

/// <summary>The landing page: a tenant's home (its enabled e-services), or the list of active LAOs.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class IndexModel(ICurrentTenant currentTenant, ITenantStore tenants, ModuleCatalog catalog, IFeatureChecker features,
    ISatisfactionIndicator satisfaction, ISatisfactionSurveys surveys) : PageModel
{
    /// <summary>The LAO's satisfaction over the last 12 months, as its province ranks it (counts only, nobody's answer).</summary>
    public SatisfactionFigures Satisfaction { get; private set; } = SatisfactionFigures.None;

    /// <summary>The signed-in resident's services still waiting for a rating here.</summary>
    public IReadOnlyList<SatisfactionSurvey> PendingSurveys { get; private set; } = [];

    public TenantInfo? Tenant => currentTenant.Tenant;
    public bool IsThai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";
    public IReadOnlyList<TenantInfo> Tenants { get; private set; } = [];
    public IReadOnlyList<LocalGovModule> EnabledModules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Tenant is null)
        {
            Tenants = [.. (await tenants.GetAllAsync(cancellationToken)).Where(t => t.IsActive)];
            return;
        }

        var enabled = new List<LocalGovModule>();
        foreach (var module in catalog.Modules.Where(m => m.Feature is not null))
        {
            if (await features.IsEnabledAsync(module.Feature!, cancellationToken))
            {
                enabled.Add(module);
            }
        }
        EnabledModules = enabled;
        var (from, to) = SatisfactionSummary.Last12Months(satisfaction);
        Satisfaction = SatisfactionSummary.Total(await satisfaction.RowsAsync([Tenant.Id], from, to, cancellationToken));
        if (Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            PendingSurveys = await surveys.PendingForAsync(userId, cancellationToken);
        }
    }
}
