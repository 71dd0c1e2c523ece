using LocalGov.Platform.Localization;
using LocalGov.Platform.Modularity;

namespace LocalGov.Platform.Menus;

public sealed class MenuDefinitionContext
{
    internal List<MenuItemDefinition> Items { get; } = [];
    internal LocalGovModule? CurrentModule { get; set; }

    public MenuDefinitionContext Add(MenuArea area, string name, LocalizedText text, string url, string? permission = null, int order = 100)
    {
        Items.Add(new MenuItemDefinition(name, text, url, area, permission, CurrentModule?.Feature, order));
        return this;
    }
}
