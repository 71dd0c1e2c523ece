using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Menus;

/// <summary>
/// A menu entry. Shown only when its module's <see cref="Feature"/> is on for the tenant and the user holds
/// <see cref="Permission"/> (when set). <see cref="Url"/> is relative to the tenant (e.g. "/complaints").
/// </summary>
public sealed record MenuItemDefinition(
    string Name,
    LocalizedText Text,
    string Url,
    MenuArea Area,
    string? Permission,
    string? Feature,
    int Order);
