using System.Globalization;

namespace LocalGov.Platform.Settings;

/// <summary>
/// Reads a numeric setting within its bounds. A stored value outside them (saved before a validator existed, or
/// edited in the database) falls back to the default rather than breaking a billing run.
/// </summary>
public static class SettingReading
{
    public static async Task<int> GetWholeNumberAsync(this ISettingProvider settings, string name, int min, int max, int fallback,
        CancellationToken cancellationToken = default) =>
        int.TryParse(await settings.GetAsync(name, cancellationToken), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : fallback;

    public static async Task<decimal> GetNumberAsync(this ISettingProvider settings, string name, decimal min, decimal max, decimal fallback,
        CancellationToken cancellationToken = default) =>
        decimal.TryParse(await settings.GetAsync(name, cancellationToken), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
            && n >= min && n <= max
            ? n
            : fallback;
}
