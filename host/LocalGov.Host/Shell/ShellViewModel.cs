using System.Globalization;
using LocalGov.Platform.Menus;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Thai;

namespace LocalGov.Host.Shell;

/// <summary>What the layout shows around every page: the LAO, the menus it may show this user, today's date.</summary>
internal sealed class ShellViewModel(ICurrentTenant currentTenant, IMenuProvider menus, TimeProvider clock)
{
    public TenantInfo? Tenant => currentTenant.Tenant;

    public bool IsThai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";

    public string Today
    {
        get
        {
            var now = clock.GetUtcNow();
            return IsThai
                ? ThaiDate.ToLongString(now)
                : ThaiDate.InBangkok(now).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        }
    }

    public Task<IReadOnlyList<MenuItemDefinition>> MenuAsync(MenuArea area, System.Security.Claims.ClaimsPrincipal user) =>
        menus.GetAsync(area, user);
}
