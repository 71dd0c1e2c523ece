using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Settings;

/// <summary>
/// A named setting. Its value is looked up tenant → global → configuration (<c>Settings:{Name}</c>) → <see cref="DefaultValue"/>.
/// <see cref="TenantEditable"/> settings appear on the LAO's settings page. <see cref="Validate"/>, when given, answers
/// a message for a value the setting cannot take (null when the value is fine); the settings page refuses such values.
/// </summary>
public sealed record SettingDefinition(string Name, LocalizedText DisplayName, string? DefaultValue, bool TenantEditable,
    Func<string, LocalizedText?>? Validate = null)
{
    /// <summary>How the settings page asks for the value.</summary>
    public SettingKind Kind { get; init; } = SettingKind.Text;
}
