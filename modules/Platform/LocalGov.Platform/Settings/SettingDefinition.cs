using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Settings;

/// <summary>
/// A named setting. Its value is looked up tenant → global → configuration (<c>Settings:{Name}</c>) → <see cref="DefaultValue"/>.
/// <see cref="TenantEditable"/> settings appear on the LAO's settings page. <see cref="Validate"/>, when given, answers
/// a message for a value the setting cannot take (null when the value is fine); the settings page refuses such values.
/// </summary>
public sealed record SettingDefinition(string Name, LocalizedText DisplayName, string? DefaultValue, bool TenantEditable,
    Func<string, LocalizedText?>? Validate = null)
{
    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Func<string, LocalizedText?> WholeNumber(int min, int max) => value =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? null
            : new LocalizedText($"ต้องเป็นจำนวนเต็มตั้งแต่ {min} ถึง {max}", $"Must be a whole number from {min} to {max}.");

    /// <summary>A number (decimals allowed) from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Func<string, LocalizedText?> Number(decimal min, decimal max) => value =>
        decimal.TryParse(value, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? null
            : new LocalizedText($"ต้องเป็นตัวเลขตั้งแต่ {min} ถึง {max}", $"Must be a number from {min} to {max}.");
}
