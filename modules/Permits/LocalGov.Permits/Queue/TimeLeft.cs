using LocalGov.Permits.Applying;
using LocalGov.Platform.Localization;

namespace LocalGov.Permits.Queue;

/// <summary>How much of the law's time an application has left, as the queue colours it (and words it).</summary>
public enum TimeLeftBand
{
    /// <summary>Past its due date: red.</summary>
    Late,

    /// <summary>At most 20 % of the type's decision days, or at most 2 days, left: amber.</summary>
    Soon,

    /// <summary>More time than that: green.</summary>
    OnTime,

    /// <summary>Waiting for the applicant's documents: the clock is stopped, grey.</summary>
    ClockStopped,

    /// <summary>Decided (approved, waiting for the fee): no clock runs.</summary>
    NoClock,
}

/// <summary>An application's time left on <see cref="TimeLeft.Of"/>'s day: its band, days left (negative: late) and words for both.</summary>
public sealed record TimeLeft(TimeLeftBand Band, int? DaysLeft)
{
    /// <summary>The share of the decision days below which the time left is "soon" (amber).</summary>
    public const decimal SoonShare = 0.2m;

    /// <summary>Days left at or below which the time left is "soon", whatever the type's deadline.</summary>
    public const int SoonDays = 2;

    public static TimeLeft Of(ApplicationStatus status, DateOnly? dueOn, int decisionDays, DateOnly today)
    {
        if (status == ApplicationStatus.AwaitingDocuments)
        {
            return new(TimeLeftBand.ClockStopped, null);
        }
        if (!ApplicationStatusText.IsUndecided(status) || dueOn is not { } due)
        {
            return new(TimeLeftBand.NoClock, null);
        }
        var left = due.DayNumber - today.DayNumber;
        if (left < 0)
        {
            return new(TimeLeftBand.Late, left);
        }
        return left <= SoonDays || left <= decisionDays * SoonShare ? new(TimeLeftBand.Soon, left) : new(TimeLeftBand.OnTime, left);
    }

    public static TimeLeft Of(PermitApplication application, int decisionDays, DateOnly today) =>
        Of(application.Status, application.DueOn, decisionDays, today);

    /// <summary>The CSS class of the band (colour), always shown with <see cref="Text"/> so colour is never the only signal.</summary>
    public string CssClass => Band switch
    {
        TimeLeftBand.Late => "permit-late",
        TimeLeftBand.Soon => "permit-soon",
        TimeLeftBand.OnTime => "permit-ontime",
        TimeLeftBand.ClockStopped => "permit-stopped",
        _ => "permit-noclock",
    };

    public LocalizedText Text => Band switch
    {
        TimeLeftBand.Late => new($"เกินกำหนด {-DaysLeft} วัน", $"Late by {-DaysLeft} day(s)"),
        TimeLeftBand.Soon when DaysLeft == 0 => new("ครบกำหนดวันนี้", "Due today"),
        TimeLeftBand.Soon => new($"ใกล้ครบกำหนด เหลือ {DaysLeft} วัน", $"Due soon: {DaysLeft} day(s) left"),
        TimeLeftBand.OnTime => new($"เหลือ {DaysLeft} วัน", $"{DaysLeft} day(s) left"),
        TimeLeftBand.ClockStopped => new("หยุดนับเวลา รอเอกสารจากผู้ยื่น", "Clock stopped: waiting for documents"),
        _ => new("พิจารณาแล้ว ไม่นับเวลา", "Decided: no clock running"),
    };
}
