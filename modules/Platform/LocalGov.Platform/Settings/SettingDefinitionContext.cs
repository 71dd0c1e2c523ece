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

    /// <summary>Defines a write-only secret the LAO sets on its settings page (<see cref="SettingKind.Secret"/>): never shown again.</summary>
    public SettingDefinitionContext AddSecret(string name, LocalizedText displayName)
    {
        if (!Definitions.TryAdd(name, new SettingDefinition(name, displayName, null, TenantEditable: true) { Kind = SettingKind.Secret }))
        {
            throw new InvalidOperationException($"Setting '{name}' is defined twice.");
        }
        return this;
    }

    /// <summary>Defines a typed setting: its rule refuses bad values on save, and its reader never sees one.</summary>
    public SettingDefinitionContext Add<T>(Setting<T> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        if (!Definitions.TryAdd(setting.Name, setting.ToDefinition()))
        {
            throw new InvalidOperationException($"Setting '{setting.Name}' is defined twice.");
        }
        return this;
    }
}
