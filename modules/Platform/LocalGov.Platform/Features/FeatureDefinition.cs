using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Features;

/// <summary>An on/off switch per tenant. The default comes from configuration <c>Features:Defaults:{Name}</c>, else <see cref="DefaultValue"/>.</summary>
public sealed record FeatureDefinition(string Name, LocalizedText DisplayName, bool DefaultValue, string? ModuleName);
