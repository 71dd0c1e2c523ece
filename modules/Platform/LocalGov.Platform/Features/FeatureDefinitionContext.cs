using LocalGov.Platform.Localization;
using LocalGov.Platform.Modularity;

namespace LocalGov.Platform.Features;

public sealed class FeatureDefinitionContext
{
    internal Dictionary<string, FeatureDefinition> Definitions { get; } = new(StringComparer.Ordinal);
    internal LocalGovModule? CurrentModule { get; set; }

    public FeatureDefinitionContext Add(string name, LocalizedText displayName, bool defaultValue)
    {
        if (!Definitions.TryAdd(name, new FeatureDefinition(name, displayName, defaultValue, CurrentModule?.Name)))
        {
            throw new InvalidOperationException($"Feature '{name}' is defined twice.");
        }
        return this;
    }
}
