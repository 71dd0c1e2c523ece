namespace LocalGov.Platform.Settings;

/// <summary>How a setting is asked for on the settings page.</summary>
public enum SettingKind
{
    Text,
    WholeNumber,
    Number,
    YesNo,

    /// <summary>Write-only: the page says whether it is set and lets it be replaced or cleared, never shows it.</summary>
    Secret,
}
