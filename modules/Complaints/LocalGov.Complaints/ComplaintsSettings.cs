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

    /// <summary>Days after resolution in which the resident may reopen a complaint.</summary>
    public static readonly WholeNumberSetting ReopenDays = new(Workflow.ComplaintActions.ReopenDaysSetting,
        new("ผู้แจ้งเปิดเรื่องอีกครั้งได้ภายใน (วันหลังแก้ไข)", "Residents may reopen within (days after resolution)"), 7, 1, 90);

    /// <summary>Days after resolution, unanswered, after which a complaint closes itself.</summary>
    public static readonly WholeNumberSetting AutoCloseDays = new(Workflow.ComplaintActions.AutoCloseDaysSetting,
        new("ปิดเรื่องที่แก้ไขแล้วอัตโนมัติหลัง (วัน)", "Close resolved complaints automatically after (days)"), 14, 1, 90);

    public static readonly TextSetting MapCenterSetting = new(MapCenter,
        new("จุดกึ่งกลางแผนที่ (ละติจูด,ลองจิจูด)", "Map centre (latitude,longitude)"), DefaultMapCenter, maxLength: 60,
        accepts: v => TryPlace(v) is not null,
        rule: new("ใส่ละติจูด,ลองจิจูด เช่น 18.7883,98.9853", "Enter latitude,longitude, e.g. 18.7883,98.9853."));

    public static void Define(SettingDefinitionContext context) => context.Add(ReopenDays).Add(AutoCloseDays).Add(MapCenterSetting);

    /// <summary>The LAO's map centre as "lat,lng" in invariant numbers, or the default when the setting is not a place on the globe.</summary>
    public static async Task<string> MapCenterAsync(ISettingProvider settings, CancellationToken cancellationToken) =>
        NormalizeMapCenter(await settings.GetAsync(MapCenter, cancellationToken));

    public static string NormalizeMapCenter(string? setting) => TryPlace(setting) ?? DefaultMapCenter;

    /// <summary>"lat,lng" in invariant numbers, or null when <paramref name="setting"/> is not a place on the globe.</summary>
    private static string? TryPlace(string? setting)
    {
        var parts = (setting ?? "").Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 2 &&
            double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) &&
            double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lng) &&
            Math.Abs(lat) <= 90 && Math.Abs(lng) <= 180
                ? string.Create(CultureInfo.InvariantCulture, $"{lat},{lng}")
                : null;
    }
}
