using System.Globalization;
using LocalGov.Platform.Settings;

namespace LocalGov.Complaints;

/// <summary>Settings of the Complaints module that several pages read.</summary>
public static class ComplaintsSettings
{
    /// <summary>Where the LAO's maps open: "latitude,longitude".</summary>
    public const string MapCenter = "Complaints.MapCenter";

    /// <summary>Bangkok, for an LAO that has not set its own.</summary>
    public const string DefaultMapCenter = "13.7563,100.5018";

    /// <summary>The LAO's map centre as "lat,lng" in invariant numbers, or the default when the setting is not a place on the globe.</summary>
    public static async Task<string> MapCenterAsync(ISettingProvider settings, CancellationToken cancellationToken) =>
        NormalizeMapCenter(await settings.GetAsync(MapCenter, cancellationToken));

    public static string NormalizeMapCenter(string? setting)
    {
        var parts = (setting ?? "").Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 2 &&
            double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) &&
            double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lng) &&
            Math.Abs(lat) <= 90 && Math.Abs(lng) <= 180
                ? string.Create(CultureInfo.InvariantCulture, $"{lat},{lng}")
                : DefaultMapCenter;
    }
}
