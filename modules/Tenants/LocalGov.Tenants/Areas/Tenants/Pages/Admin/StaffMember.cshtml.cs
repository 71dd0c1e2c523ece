using LocalGov.Identity.Contracts;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;
using LocalGov.Tenants.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Tenants.Areas.Tenants.Pages.Admin;

/// <summary>Assigns a staff member's roles; the change is audited. A member of another LAO answers 404.</summary>
[Authorize(Policy = TenantsPermissions.AdministerPolicy)]
public sealed class StaffMemberModel(IStaffDirectory staff, ICurrentTenant currentTenant) : TenantsPage
{
    public StaffMember Member { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, string[]? roles, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        try
        {
            await staff.SetRolesAsync(currentTenant.Id!.Value, id, roles ?? [], cancellationToken);
        }
        catch (BusinessRuleException e)
        {
            Error(e);
            return Page();
        }
        return LocalRedirect($"{Request.PathBase}/admin/staff");
    }

    public async Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        try
        {
            await staff.DeactivateAsync(currentTenant.Id!.Value, id, cancellationToken);
        }
        catch (BusinessRuleException e)
        {
            Error(e);
            return Page();
        }
        return LocalRedirect($"{Request.PathBase}/admin/staff/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var member = (await staff.ListStaffAsync(currentTenant.Id!.Value, cancellationToken)).FirstOrDefault(s => s.Id == id);
        Member = member!;
        return member is not null;
    }
}
