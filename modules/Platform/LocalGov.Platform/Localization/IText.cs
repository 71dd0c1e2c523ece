namespace LocalGov.Platform.Localization;

/// <summary>Looks up module text by key in the current UI culture.</summary>
public interface IText
{
    /// <summary>The text for <paramref name="key"/>; the key itself when nothing defines it (visible, never a crash).</summary>
    string this[string key] { get; }

    LocalizedText? Find(string key);
}
