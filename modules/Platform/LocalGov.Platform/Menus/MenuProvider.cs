using System.Security.Claims;
using LocalGov.Platform.Authorization;
using LocalGov.Platform.Features;
using LocalGov.Platform.Modularity;

namespace LocalGov.Platform.Menus;

internal sealed class MenuProvider(PlatformDefinitions definitions, IFeatureChecker features, IPermissionChecker permissions) : IMenuProvider
{
    public async Task<IReadOnlyList<MenuItemDefinition>> GetAsync(MenuArea area, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var visible = new List<MenuItemDefinition>();
        foreach (var item in definitions.MenuItems.Where(i => i.Area == area))
        {
            if (item.Feature is { } feature && !await features.IsEnabledAsync(feature, cancellationToken))
            {
                continue;
            }
            if (item.Permission is { } permission && !await permissions.IsGrantedAsync(user, permission, cancellationToken))
            {
                continue;
            }
            visible.Add(item);
        }
        return visible;
    }
}
