using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Settings;

public sealed class SettingDefinitionContext
{
    internal Dictionary<string, SettingDefinition> Definitions { get; } = new(StringComparer.Ordinal);

    public SettingDefinitionContext Add(string name, LocalizedText displayName, string? defaultValue, bool tenantEditable = true,
        Func<string, LocalizedText?>? validate = null)
    {
        if (!Definitions.TryAdd(name, new SettingDefinition(name, displayName, defaultValue, tenantEditable, validate)))
        {
            throw new InvalidOperationException($"Setting '{name}' is defined twice.");
        }
        return this;
    }
}
