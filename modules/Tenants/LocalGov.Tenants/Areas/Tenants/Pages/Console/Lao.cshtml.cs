using LocalGov.Identity.Contracts;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Data;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Seeding;
using LocalGov.Platform.Web;
using LocalGov.Tenants.Console;
using LocalGov.Tenants.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tenants.Areas.Tenants.Pages.Console;

/// <summary>One LAO as its provincial admin sees it, with its modules; another province's LAO answers 404.</summary>
[Authorize(Policy = TenantsPermissions.ConsolePolicy)]
public sealed class LaoModel(ITenantStore tenants, LocalGovDbContext db, IStaffDirectory staff, IPermissionChecker permissions,
    ModuleCatalog catalog, TenantModules tenantModules) : TenantsPage
{
    public TenantInfo Tenant { get; private set; } = null!;
    public IReadOnlyList<LocalGovModule> OptionalModules => [.. catalog.Modules.Where(m => m.IsOptional)];

    /// <summary>The modules ticked on the form: the LAO's own, or what was posted when the change was refused.</summary>
    public IReadOnlySet<string> Chosen { get; private set; } = new HashSet<string>();

    public bool ModulesSaved { get; private set; }
    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];
    public bool CanChange { get; private set; }
    public bool Created { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, bool created, bool modulesSaved, CancellationToken cancellationToken)
    {
        Created = created;
        ModulesSaved = modulesSaved;
        return await LoadAsync(code, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>Switches the LAO's modules; a choice that leaves a module without one it requires is refused, the ticks kept.</summary>
    public async Task<IActionResult> OnPostModulesAsync(string code, string[]? modules, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }
        if (!CanChange)
        {
            return Forbid();
        }
        var chosen = (modules ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).Distinct(StringComparer.Ordinal).ToList();
        try
        {
            await tenantModules.ChangeAsync(Tenant.Id, chosen, cancellationToken);
        }
        catch (BusinessRuleException e)
        {
            Chosen = chosen.ToHashSet(StringComparer.Ordinal);
            Error(e);
            Response.StatusCode = e.StatusCode == 409 ? 409 : 400;
            return Page();
        }
        return LocalRedirect($"/console/laos/{code}?modulesSaved=true");
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
        Chosen = OptionalModules.Where(m => tenant.Features.TryGetValue(m.Feature!, out var on) && on).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        Staff = await staff.ListStaffAsync(tenant.Id, cancellationToken);
        CanChange = await permissions.IsGrantedAsync(User, TenantsPermissions.Onboard, cancellationToken);
        return true;
    }
}
