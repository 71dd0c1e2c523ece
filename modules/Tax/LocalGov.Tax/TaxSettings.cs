using LocalGov.Platform.Settings;

namespace LocalGov.Tax;

/// <summary>The LAO's choices for taxes, read with their defaults when a stored value is unusable.</summary>
public static class TaxSettings
{
    /// <summary>Whether the daily job assesses the year by itself from <see cref="AutoAssessFrom"/> on.</summary>
    public const string AutoAssess = "Tax.AutoAssess";
    /// <summary>Day of the year (MM-DD) from which the daily job assesses the year's land and building tax.</summary>
    public const string AutoAssessFrom = "Tax.AutoAssessFrom";
    /// <summary>Days after the due date before a warning notice goes to an unpaid owner.</summary>
    public const string WarningAfterDays = "Tax.WarningAfterDays";
    /// <summary>Days a warning notice gives to pay at the 20 % fine; after that it is 40 %.</summary>
    public const string WarningPeriodDays = "Tax.WarningPeriodDays";

    private static readonly YesNoSetting AutoAssessSetting = new(AutoAssess,
        new("ประเมินภาษีที่ดินฯ ประจำปีอัตโนมัติ", "Assess land and building tax automatically each year"), true);

    private static readonly TextSetting AutoAssessFromSetting = new(AutoAssessFrom,
        new("เริ่มประเมินอัตโนมัติตั้งแต่วันที่ (เดือน-วัน เช่น 02-01)", "Assess automatically from (month-day, e.g. 02-01)"), "02-01",
        maxLength: 5, accepts: v => TryMonthDay(v, 2026) is not null, rule: new("ใส่เป็น เดือน-วัน เช่น 02-01", "Enter month-day, e.g. 02-01."));

    private static readonly WholeNumberSetting WarningAfterDaysSetting = new(WarningAfterDays,
        new("ส่งหนังสือแจ้งเตือนเมื่อค้างชำระเกิน (วัน)", "Send the warning notice when overdue by (days)"), 15, 1, 180);

    private static readonly WholeNumberSetting WarningPeriodDaysSetting = new(WarningPeriodDays,
        new("ระยะเวลาชำระตามหนังสือแจ้งเตือน (วัน)", "Days the warning notice gives to pay"), 30, 15, 90);

    public static void Define(SettingDefinitionContext context) => context
        .Add(AutoAssessSetting).Add(AutoAssessFromSetting).Add(WarningAfterDaysSetting).Add(WarningPeriodDaysSetting);

    public static Task<bool> AutoAssessAsync(ISettingProvider settings, CancellationToken cancellationToken) =>
        AutoAssessSetting.ReadAsync(settings, cancellationToken);

    public static async Task<DateOnly> AutoAssessFromAsync(ISettingProvider settings, int year, CancellationToken cancellationToken) =>
        TryMonthDay(await AutoAssessFromSetting.ReadAsync(settings, cancellationToken), year) ?? new DateOnly(year, 2, 1);

    public static Task<int> WarningAfterDaysAsync(ISettingProvider settings, CancellationToken cancellationToken) =>
        WarningAfterDaysSetting.ReadAsync(settings, cancellationToken);

    public static Task<int> WarningPeriodDaysAsync(ISettingProvider settings, CancellationToken cancellationToken) =>
        WarningPeriodDaysSetting.ReadAsync(settings, cancellationToken);

    private static DateOnly? TryMonthDay(string? value, int year)
    {
        var parts = value?.Split('-');
        return parts is [var m, var d] && int.TryParse(m, out var month) && int.TryParse(d, out var day) && month is >= 1 and <= 12
            && day >= 1 && day <= DateTime.DaysInMonth(year, month) && !(month == 2 && day == 29)
            ? new DateOnly(year, month, day) : null;
    }
}
