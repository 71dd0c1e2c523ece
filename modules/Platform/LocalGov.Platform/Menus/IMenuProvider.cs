using System.Security.Claims;

namespace LocalGov.Platform.Menus;

public interface IMenuProvider
{
    /// <summary>The items of <paramref name="area"/> this user may see in the current tenant.</summary>
    Task<IReadOnlyList<MenuItemDefinition>> GetAsync(MenuArea area, ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
