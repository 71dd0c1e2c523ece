using System.Globalization;
using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Settings;

/// <summary>A number, decimals allowed, from <c>Min</c> to <c>Max</c> (a percentage).</summary>
public sealed class NumberSetting(string name, LocalizedText displayName, decimal defaultValue, decimal min, decimal max, bool tenantEditable = true)
    : RangeSetting<decimal>(name, displayName, defaultValue, min, max, NumberStyles.AllowDecimalPoint, tenantEditable)
{
    public override LocalizedText Rule => new($"ต้องเป็นตัวเลขตั้งแต่ {Min} ถึง {Max}", $"Must be a number from {Min} to {Max}.");

    public override SettingKind Kind => SettingKind.Number;
}
