using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Settings;

/// <summary>
/// A named setting. Its value is looked up tenant → global → configuration (<c>Settings:{Name}</c>) → <see cref="DefaultValue"/>.
/// <see cref="TenantEditable"/> settings appear on the LAO's settings page.
/// </summary>
public sealed record SettingDefinition(string Name, LocalizedText DisplayName, string? DefaultValue, bool TenantEditable);
