using LocalGov.Platform.Localization;

namespace LocalGov.Permits.Issuing;

public enum PermitStatus
{
    Valid,

    /// <summary>Paused by the LAO (a failed re-inspection, a voided fee payment); may be reinstated.</summary>
    Suspended,

    /// <summary>Withdrawn for good.</summary>
    Revoked,

    /// <summary>Its validity ended (set by the daily expiry job; pages also judge by the date).</summary>
    Expired,
}

public static class PermitStatusText
{
    public static LocalizedText Of(PermitStatus status) => status switch
    {
        PermitStatus.Valid => new("ใช้ได้", "Valid"),
        PermitStatus.Suspended => new("ถูกพักใช้", "Suspended"),
        PermitStatus.Revoked => new("ถูกเพิกถอน", "Revoked"),
        _ => new("หมดอายุ", "Expired"),
    };
}
