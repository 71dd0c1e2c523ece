using LocalGov.Identity.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;
using LocalGov.Tenants.Console;
using LocalGov.Tenants.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tenants.Areas.Tenants.Pages.Console;

/// <summary>One LAO as its provincial admin sees it; another province's LAO answers 404.</summary>
[Authorize(Policy = TenantsPermissions.ConsolePolicy)]
public sealed class LaoModel(ITenantStore tenants, LocalGovDbContext db, IStaffDirectory staff, IPermissionChecker permissions) : TenantsPage
{
    public TenantInfo Tenant { get; private set; } = null!;
    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];
    public bool CanChange { get; private set; }
    public bool Created { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, bool created, CancellationToken cancellationToken)
    {
        Created = created;
        return await LoadAsync(code, cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostSuspendAsync(string code, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(code, t => t.Suspend(reason ?? ""), cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(string code, CancellationToken cancellationToken) =>
        ChangeAsync(code, t => t.Reactivate(), cancellationToken);

    private async Task<IActionResult> ChangeAsync(string code, Action<Tenant> change, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }
        if (!CanChange)
        {
            return Forbid();
        }
        var tenant = await db.Set<Tenant>().SingleAsync(t => t.Id == Tenant.Id, cancellationToken);
        try
        {
            change(tenant);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (BusinessRuleException e)
        {
            Error(e);
            return Page();
        }
        return LocalRedirect($"/console/laos/{code}");
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindByCodeAsync(code, cancellationToken);
        if (tenant is null || !ConsoleScope.Of(User).Covers(tenant.ProvinceCode))
        {
            return false;
        }
        Tenant = tenant;
        Staff = await staff.ListStaffAsync(tenant.Id, cancellationToken);
        CanChange = await permissions.IsGrantedAsync(User, TenantsPermissions.Onboard, cancellationToken);
        return true;
    }
}
