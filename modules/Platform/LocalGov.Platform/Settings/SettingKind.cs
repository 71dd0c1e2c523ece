namespace LocalGov.Platform.Settings;

/// <summary>How a setting is asked for on the settings page.</summary>
public enum SettingKind
{
    Text,
    WholeNumber,
    Number,
    YesNo,
}
