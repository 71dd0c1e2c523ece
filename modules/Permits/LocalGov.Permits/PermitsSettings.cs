using LocalGov.Platform.Settings;

namespace LocalGov.Permits;

/// <summary>The LAO's bylaw choices for permits, read with their defaults when a stored value is unusable.</summary>
public static class PermitsSettings
{
    /// <summary>Surcharge in percent on the fee of a renewal filed after the permit expired (DOMAIN.md: 20 % is typical).</summary>
    public const string LateRenewalSurchargePercent = "Permits.LateRenewalSurchargePercent";

    /// <summary>Days from approval to the fee's due date (a building permit is collected within 30 days of the notice).</summary>
    public const string FeeDueDays = "Permits.FeeDueDays";

    /// <summary>Days the applicant is given to send what the officer listed as missing.</summary>
    public const string DocumentsDays = "Permits.DocumentsDays";

    /// <summary>Days before expiry that the holder is reminded to renew.</summary>
    public const string RenewalReminderDays = "Permits.RenewalReminderDays";

    /// <summary>Where to complain about the service, printed in every service manual.</summary>
    public const string ComplaintsChannel = "Permits.ComplaintsChannel";

    public const string DefaultComplaintsChannel =
        "ศูนย์รับเรื่องร้องเรียนขององค์กรปกครองส่วนท้องถิ่น หรือศูนย์ดำรงธรรม โทร. 1567 / The LAO's complaints desk, or the Damrongtham Centre, call 1567";

    private static readonly NumberSetting LateRenewalSurchargeSetting = new(LateRenewalSurchargePercent,
        new("เงินเพิ่มกรณีต่ออายุใบอนุญาตล่าช้า (ร้อยละของค่าธรรมเนียม)", "Late-renewal surcharge (percent of the fee)"), 20, 0, 100);

    private static readonly WholeNumberSetting FeeDueDaysSetting = new(FeeDueDays,
        new("ชำระค่าธรรมเนียมใบอนุญาตภายใน (วันหลังอนุมัติ)", "Permit fees are due within (days after approval)"), 30, 1, 90);

    private static readonly WholeNumberSetting DocumentsDaysSetting = new(DocumentsDays,
        new("ระยะเวลาให้ผู้ยื่นส่งเอกสารที่ขาด (วัน)", "Days an applicant has to send missing documents"), 15, 1, 90);

    private static readonly WholeNumberSetting RenewalReminderDaysSetting = new(RenewalReminderDays,
        new("แจ้งเตือนต่ออายุใบอนุญาตก่อนหมดอายุ (วัน)", "Remind holders to renew this many days before expiry"), 30, 1, 90);

    private static readonly TextSetting ComplaintsChannelSetting = new(ComplaintsChannel,
        new("ช่องทางร้องเรียนในคู่มือสำหรับประชาชน", "Where to complain, as printed in the service manuals"), DefaultComplaintsChannel, maxLength: 500);

    public static void Define(SettingDefinitionContext context) => context
        .Add(LateRenewalSurchargeSetting).Add(FeeDueDaysSetting).Add(DocumentsDaysSetting).Add(RenewalReminderDaysSetting)
        .Add(ComplaintsChannelSetting);

    public static Task<decimal> LateRenewalSurchargeAsync(ISettingProvider settings, CancellationToken cancellationToken) =>
        LateRenewalSurchargeSetting.ReadAsync(settings, cancellationToken);

    public static Task<int> FeeDueDaysAsync(ISettingProvider settings, CancellationToken cancellationToken) =>
        FeeDueDaysSetting.ReadAsync(settings, cancellationToken);

    public static Task<int> DocumentsDaysAsync(ISettingProvider settings, CancellationToken cancellationToken) =>
        DocumentsDaysSetting.ReadAsync(settings, cancellationToken);

    public static Task<int> RenewalReminderDaysAsync(ISettingProvider settings, CancellationToken cancellationToken) =>
        RenewalReminderDaysSetting.ReadAsync(settings, cancellationToken);

    public static async Task<string> ComplaintsChannelAsync(ISettingProvider settings, CancellationToken cancellationToken) =>
        await ComplaintsChannelSetting.ReadAsync(settings, cancellationToken) ?? DefaultComplaintsChannel;
}
