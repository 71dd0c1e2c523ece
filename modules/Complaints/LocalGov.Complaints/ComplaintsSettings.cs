namespace LocalGov.Complaints;

/// <summary>Settings of the Complaints module that several pages read.</summary>
public static class ComplaintsSettings
{
    /// <summary>Where the LAO's maps open: "latitude,longitude".</summary>
    public const string MapCenter = "Complaints.MapCenter";

    /// <summary>Bangkok, for an LAO that has not set its own.</summary>
    public const string DefaultMapCenter = "13.7563,100.5018";
}
