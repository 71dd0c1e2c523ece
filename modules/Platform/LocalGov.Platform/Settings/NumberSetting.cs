using System.Globalization;
using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Settings;

/// <summary>A number, decimals allowed, from <see cref="Min"/> to <see cref="Max"/> (a percentage).</summary>
public sealed class NumberSetting(string name, LocalizedText displayName, decimal defaultValue, decimal min, decimal max, bool tenantEditable = true)
    : Setting<decimal>(name, displayName, defaultValue, tenantEditable)
{
    public decimal Min { get; } = min;

    public decimal Max { get; } = max;

    public override LocalizedText Rule => new($"ต้องเป็นตัวเลขตั้งแต่ {Min} ถึง {Max}", $"Must be a number from {Min} to {Max}.");

    public override SettingKind Kind => SettingKind.Number;

    public override bool TryParse(string? text, out decimal value) =>
        decimal.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && value >= Min && value <= Max;

    public override string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
