using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Settings;

/// <summary>
/// A typed setting, declared once: its name, label, default and rule serve to define it
/// (<see cref="SettingDefinitionContext.Add{T}(Setting{T})"/>), to refuse a value that breaks the rule on save, and to
/// read it (<see cref="ReadAsync"/>). A stored value that breaks the rule (saved before the rule existed, or edited
/// in the database) reads as the default, so a typo can never break a page or a billing run.
/// </summary>
public abstract class Setting<T>(string name, LocalizedText displayName, T defaultValue, bool tenantEditable = true)
{
    public string Name { get; } = name;

    public LocalizedText DisplayName { get; } = displayName;

    public T Default { get; } = defaultValue;

    public bool TenantEditable { get; } = tenantEditable;

    /// <summary>What a value must be, said to the person who typed another.</summary>
    public abstract LocalizedText Rule { get; }

    /// <summary>How the settings page asks for the value.</summary>
    public virtual SettingKind Kind => SettingKind.Text;

    /// <summary>Reads <paramref name="text"/> as this setting's value; false when it breaks the rule.</summary>
    public abstract bool TryParse(string? text, out T value);

    /// <summary>The stored text of <paramref name="value"/>.</summary>
    public abstract string? Format(T value);

    public SettingDefinition ToDefinition() =>
        new(Name, DisplayName, Format(Default), TenantEditable, text => TryParse(text, out _) ? null : Rule) { Kind = Kind };

    /// <summary>The value for the current LAO (LAO → global → configuration → default); the default when the stored one breaks the rule.</summary>
    public async Task<T> ReadAsync(ISettingProvider settings, CancellationToken cancellationToken = default) =>
        TryParse(await settings.GetAsync(Name, cancellationToken), out var value) ? value : Default;
}
