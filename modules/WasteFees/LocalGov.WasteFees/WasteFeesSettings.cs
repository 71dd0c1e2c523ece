using LocalGov.Platform.Settings;

namespace LocalGov.WasteFees;

/// <summary>The LAO's choices for waste fees, read with their defaults when a stored value is unusable.</summary>
public static class WasteFeesSettings
{
    /// <summary>Day of the month (1–28) on which the month's bills are issued.</summary>
    public const string BillingDay = "WasteFees.BillingDay";

    /// <summary>Days from the billing date to the due date.</summary>
    public const string DueDays = "WasteFees.DueDays";

    /// <summary>Discount in percent (0–50) on a yearly prepayment.</summary>
    public const string PrepaymentDiscountPercent = "WasteFees.PrepaymentDiscountPercent";

    /// <summary>Days overdue before the payer is emailed a reminder; then again every as many days.</summary>
    public const string ReminderDays = "WasteFees.ReminderDays";

    private static readonly WholeNumberSetting BillingDaySetting = new(BillingDay,
        new("วันที่ออกใบแจ้งค่าขยะประจำเดือน (1–28)", "Day of the month waste-fee bills are issued (1–28)"), 1, 1, 28);

    private static readonly WholeNumberSetting DueDaysSetting = new(DueDays,
        new("ชำระค่าขยะภายใน (วันหลังออกใบแจ้ง)", "Waste fees are due within (days after billing)"), 30, 1, 120);

    private static readonly NumberSetting PrepaymentDiscountSetting = new(PrepaymentDiscountPercent,
        new("ส่วนลดชำระค่าขยะล่วงหน้ารายปี (ร้อยละ)", "Discount for paying waste fees a year ahead (percent)"), 0, 0, 50);

    private static readonly WholeNumberSetting ReminderDaysSetting = new(ReminderDays,
        new("เตือนค่าขยะค้างชำระทางอีเมลเมื่อเกินกำหนด (วัน)", "Email a reminder when a waste fee is overdue by (days)"), 7, 1, 90);

    public static void Define(SettingDefinitionContext context) => context
        .Add(BillingDaySetting).Add(DueDaysSetting).Add(PrepaymentDiscountSetting).Add(ReminderDaysSetting);

    public static Task<int> BillingDayAsync(ISettingProvider settings, CancellationToken cancellationToken) =>
        BillingDaySetting.ReadAsync(settings, cancellationToken);

    public static Task<int> DueDaysAsync(ISettingProvider settings, CancellationToken cancellationToken) =>
        DueDaysSetting.ReadAsync(settings, cancellationToken);

    public static Task<int> ReminderDaysAsync(ISettingProvider settings, CancellationToken cancellationToken) =>
        ReminderDaysSetting.ReadAsync(settings, cancellationToken);

    public static Task<decimal> PrepaymentDiscountAsync(ISettingProvider settings, CancellationToken cancellationToken) =>
        PrepaymentDiscountSetting.ReadAsync(settings, cancellationToken);
}
