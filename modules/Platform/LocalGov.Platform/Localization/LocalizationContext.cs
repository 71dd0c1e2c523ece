namespace LocalGov.Platform.Localization;

/// <summary>What a module adds to the shared text table: keys with Thai and English text.</summary>
public sealed class LocalizationContext
{
    internal Dictionary<string, LocalizedText> Texts { get; } = new(StringComparer.Ordinal);

    public LocalizationContext Add(string key, string th, string en)
    {
        if (!Texts.TryAdd(key, new LocalizedText(th, en)))
        {
            throw new InvalidOperationException($"Localization key '{key}' is defined twice.");
        }
        return this;
    }
}
