using LocalGov.Identity.Contracts;
using LocalGov.Platform.Menus;
using LocalGov.Tenants.Pages;
using Microsoft.AspNetCore.Authorization;

namespace LocalGov.Tenants.Areas.Tenants.Pages.Staff;

/// <summary>The back office landing page: the staff menu of the modules this LAO has switched on.</summary>
[Authorize(Policy = TenantsPermissions.StaffAreaPolicy)]
public sealed class HomeModel(IMenuProvider menus) : TenantsPage
{
    public IReadOnlyList<MenuItemDefinition> Menu { get; private set; } = [];
    public string Name => User.FindFirst(IdentityClaimTypes.DisplayName)?.Value ?? User.Identity?.Name ?? "";

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Menu = [.. (await menus.GetAsync(MenuArea.Staff, User, cancellationToken)).Where(m => m.Name != "staff-home")];
}
