using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;
using LocalGov.Tenants.Console;
using LocalGov.Tenants.Onboarding;
using LocalGov.Tenants.Pages;
using LocalGov.Tenants.Provinces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Tenants.Areas.Tenants.Pages.Console;

[Authorize(Policy = TenantsPermissions.OnboardPolicy)]
public sealed class NewLaoModel(LaoOnboarding onboarding, ModuleCatalog catalog) : TenantsPage
{
    [BindProperty]
    public OnboardingRequest Input { get; set; } = new();

    public IReadOnlyList<ProvinceEntry> Provinces { get; private set; } = [];
    public IReadOnlyList<LocalGovModule> OptionalModules => [.. catalog.Modules.Where(m => m.IsOptional)];

    public string KindName(TenantKind kind) => kind switch
    {
        TenantKind.CityMunicipality => T("เทศบาลนคร", "City municipality"),
        TenantKind.TownMunicipality => T("เทศบาลเมือง", "Town municipality"),
        TenantKind.SubdistrictMunicipality => T("เทศบาลตำบล", "Subdistrict municipality"),
        _ => T("องค์การบริหารส่วนตำบล (อบต.)", "Subdistrict Administrative Organization (SAO)"),
    };

    public void OnGet()
    {
        var scope = ConsoleScope.Of(User);
        Provinces = [.. ProvinceCatalog.All.Where(p => scope.Covers(p.Code))];
        Input.ProvinceCode ??= scope.ProvinceCode;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var scope = ConsoleScope.Of(User);
        Provinces = [.. ProvinceCatalog.All.Where(p => scope.Covers(p.Code))];
        try
        {
            var tenant = await onboarding.OnboardAsync(Input, scope, System.Globalization.CultureInfo.CurrentUICulture.Name, cancellationToken);
            return LocalRedirect($"/console/laos/{tenant.Code}?created=true");
        }
        catch (BusinessRuleException e)
        {
            Error(e);
            if (e.StatusCode == StatusCodes.Status403Forbidden)
            {
                Response.StatusCode = StatusCodes.Status403Forbidden;
            }
            return Page();
        }
    }
}
