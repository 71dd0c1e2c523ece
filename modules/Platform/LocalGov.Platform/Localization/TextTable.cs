using LocalGov.Platform.Modularity;

namespace LocalGov.Platform.Localization;

internal sealed class TextTable(PlatformDefinitions definitions) : IText
{
    public string this[string key] => Find(key)?.Current ?? key;

    public LocalizedText? Find(string key) =>
        definitions.Texts.TryGetValue(key, out var text) ? text : null;
}
