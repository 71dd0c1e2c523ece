using LocalGov.Platform.Authorization;
using LocalGov.Tenants.Console;
using LocalGov.Tenants.Pages;
using LocalGov.Tenants.Provinces;
using Microsoft.AspNetCore.Authorization;

namespace LocalGov.Tenants.Areas.Tenants.Pages.Console;

[Authorize(Policy = TenantsPermissions.ConsolePolicy)]
public sealed class IndexModel(LaoDashboard dashboard, IPermissionChecker permissions) : TenantsPage
{
    public IReadOnlyList<LaoSummary> Rows { get; private set; } = [];
    public bool CanOnboard { get; private set; }

    public string ProvinceName(string code) =>
        ProvinceCatalog.Find(code) is { } p ? (IsThai ? p.NameTh : p.NameEn) : code;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await dashboard.ListAsync(ConsoleScope.Of(User), cancellationToken);
        CanOnboard = await permissions.IsGrantedAsync(User, TenantsPermissions.Onboard, cancellationToken);
    }
}
