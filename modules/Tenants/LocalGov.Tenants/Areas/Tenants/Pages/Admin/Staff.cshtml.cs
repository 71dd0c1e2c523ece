using LocalGov.Identity.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;
using LocalGov.Tenants.Pages;
using Microsoft.AspNetCore.Authorization;

namespace LocalGov.Tenants.Areas.Tenants.Pages.Admin;

/// <summary>The LAO admin's staff list; inviting sends a one-time link by email.</summary>
[Authorize(Policy = TenantsPermissions.AdministerPolicy)]
public sealed class StaffModel(IStaffDirectory staff, IUserInvitations invitations, ICurrentTenant currentTenant, LocalGovDbContext db) : TenantsPage
{
    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];
    public string? Invited { get; private set; }

    /// <summary>What a refused invitation asked for, shown again so nothing has to be typed twice.</summary>
    public string? DisplayName { get; private set; }
    public string? Email { get; private set; }
    public IReadOnlySet<string> Roles { get; private set; } = new HashSet<string>();

    public string RoleName(string role) => Platform.Authorization.RoleNames.For(role).Current;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Staff = await staff.ListStaffAsync(currentTenant.Id!.Value, cancellationToken);

    public async Task OnPostAsync(string? displayName, string? email, string[]? roles, CancellationToken cancellationToken)
    {
        var tenant = currentTenant.Tenant!;
        try
        {
            var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
            await invitations.InviteStaffAsync(tenant.Id, tenant.Name.Current, email ?? "", displayName ?? "", roles ?? [], culture,
                Urls.ForTenant(tenant), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            Invited = email?.Trim();
        }
        catch (BusinessRuleException e)
        {
            Error(e);
            (DisplayName, Email, Roles) = (displayName, email, new HashSet<string>(roles ?? [], StringComparer.Ordinal));
        }
        Staff = await staff.ListStaffAsync(tenant.Id, cancellationToken);
    }
}
