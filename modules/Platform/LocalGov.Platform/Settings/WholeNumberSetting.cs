using System.Globalization;
using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Settings;

/// <summary>A whole number from <see cref="Min"/> to <see cref="Max"/> (days, a day of the month).</summary>
public sealed class WholeNumberSetting(string name, LocalizedText displayName, int defaultValue, int min, int max, bool tenantEditable = true)
    : Setting<int>(name, displayName, defaultValue, tenantEditable)
{
    public int Min { get; } = min;

    public int Max { get; } = max;

    public override LocalizedText Rule => new($"ต้องเป็นจำนวนเต็มตั้งแต่ {Min} ถึง {Max}", $"Must be a whole number from {Min} to {Max}.");

    public override SettingKind Kind => SettingKind.WholeNumber;

    public override bool TryParse(string? text, out int value) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= Min && value <= Max;

    public override string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
