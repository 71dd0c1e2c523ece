using LocalGov.Platform.MultiTenancy;

namespace LocalGov.WasteFees.Billing;

public enum BillingRunStatus
{
    Running = 1,
    Completed = 2,
    /// <summary>Stopped by an error or a shutdown; starting the period again resumes it.</summary>
    Stopped = 3,
}

/// <summary>
/// The billing of one month for one LAO. One row per period (unique): starting the period again takes the same row
/// over, and the work resumes with the points not yet charged. A run whose heartbeat is older than
/// <see cref="StaleAfter"/> is presumed dead (its host crashed) and may be taken over.
/// </summary>
public sealed class BillingRun : IMultiTenant, Platform.Data.INotAudited, Platform.Data.IHasConcurrencyStamp
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    private BillingRun() { } // EF Core

    internal BillingRun(BillingPeriod period, DateOnly billingDate, DateOnly dueDate, string startedBy, DateTime now)
    {
        Period = period.Key;
        BillingDate = billingDate;
        DueDate = dueDate;
        Start(startedBy, now);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; private set; }
    public int Period { get; private set; }
    public DateOnly BillingDate { get; private set; }
    public DateOnly DueDate { get; private set; }
    public BillingRunStatus Status { get; private set; }
    public string StartedBy { get; private set; } = "";
    public int Attempts { get; private set; }
    public DateTime StartedAt { get; private set; }
    public DateTime HeartbeatAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }
    /// <summary>Points served in the month: those charged by earlier attempts (or paid ahead) and those still to charge.</summary>
    public int Total { get; private set; }
    public int Done { get; private set; }
    public int Billed { get; private set; }
    public int Exempt { get; private set; }
    /// <summary>Charged nothing: served no billable day or a zero amount.</summary>
    public int NothingDue { get; private set; }
    public decimal Amount { get; private set; }
    public string? Error { get; private set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public BillingPeriod BillingPeriod => BillingPeriod.FromKey(Period);

    public bool IsAlive(DateTime now) => Status == BillingRunStatus.Running && now - HeartbeatAt < StaleAfter;

    public int Percent => Total == 0 ? (Status == BillingRunStatus.Completed ? 100 : 0) : (int)Math.Min(100, Done * 100L / Total);

    internal void Start(string startedBy, DateTime now)
    {
        Status = BillingRunStatus.Running;
        StartedBy = startedBy;
        StartedAt = HeartbeatAt = now;
        FinishedAt = null;
        Error = null;
        Attempts++;
    }

    internal void Plan(int alreadyDone, int served)
    {
        Done = alreadyDone;
        Total = Math.Max(served, alreadyDone);
    }

    internal void Progress(int billed, int exempt, int nothingDue, decimal amount, DateTime now)
    {
        Billed += billed;
        Exempt += exempt;
        NothingDue += nothingDue;
        Done += billed + exempt + nothingDue;
        Amount += amount;
        HeartbeatAt = now;
    }

    internal void Complete(DateTime now)
    {
        Status = BillingRunStatus.Completed;
        FinishedAt = HeartbeatAt = now;
        Done = Total;
    }

    internal void Stop(string error, DateTime now)
    {
        Status = BillingRunStatus.Stopped;
        Error = error.Length > 1000 ? error[..1000] : error;
        FinishedAt = HeartbeatAt = now;
    }
}
