using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Settings;

/// <summary>A yes/no choice, stored as <c>true</c>/<c>false</c> and asked for with a check box.</summary>
public sealed class YesNoSetting(string name, LocalizedText displayName, bool defaultValue, bool tenantEditable = true)
    : Setting<bool>(name, displayName, defaultValue, tenantEditable)
{
    public override LocalizedText Rule => new("เลือก ใช่ หรือ ไม่ใช่", "Choose yes or no.");

    public override SettingKind Kind => SettingKind.YesNo;

    public override bool TryParse(string? text, out bool value)
    {
        value = false;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "true":
                value = true;
                return true;
            case "false":
                return true;
            default:
                return false;
        }
    }

    public override string Format(bool value) => value ? "true" : "false";
}
