using System.Globalization;
using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Settings;

/// <summary>A whole number from <c>Min</c> to <c>Max</c> (days, a day of the month).</summary>
public sealed class WholeNumberSetting(string name, LocalizedText displayName, int defaultValue, int min, int max, bool tenantEditable = true)
    : RangeSetting<int>(name, displayName, defaultValue, min, max, NumberStyles.None, tenantEditable)
{
    public override LocalizedText Rule => new($"ต้องเป็นจำนวนเต็มตั้งแต่ {Min} ถึง {Max}", $"Must be a whole number from {Min} to {Max}.");

    public override SettingKind Kind => SettingKind.WholeNumber;
}
