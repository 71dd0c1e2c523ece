using LocalGov.Platform.MultiTenancy;

namespace LocalGov.Tax.Assessment;

public enum RunStatus
{
    Running = 1,
    Completed = 2,
    /// <summary>Stopped by an error or a shutdown; starting the year again resumes it.</summary>
    Stopped = 3,
}

/// <summary>A problem that kept one owner out of a run (a missing appraisal price, say), to fix and run again.</summary>
public sealed record RunProblem(string PayerCode, string PayerName, string Message, string? MessageEn = null)
{
    /// <summary>The problem in the reader's language (runs stored before English was kept show the one text they have).</summary>
    public string Text => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" && MessageEn is { } en ? en : Message;
}

/// <summary>
/// The annual land-and-building assessment of one LAO for one year. One row per year: starting again takes it over
/// and assesses only the owners not yet assessed, so a run cut short never assesses or bills anyone twice.
/// </summary>
public sealed class AssessmentRun : IMultiTenant, Platform.Data.INotAudited, Platform.Data.IHasConcurrencyStamp
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);
    public const int MaxProblems = 200;

    private AssessmentRun() { } // EF Core

    internal AssessmentRun(int year, DateOnly noticeDate, string startedBy, DateTime now)
    {
        Year = year;
        NoticeDate = noticeDate;
        Start(startedBy, now);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; private set; }
    public int Year { get; private set; }
    public DateOnly NoticeDate { get; private set; }
    public RunStatus Status { get; private set; }
    public string StartedBy { get; private set; } = "";
    public int Attempts { get; private set; }
    public DateTime StartedAt { get; private set; }
    public DateTime HeartbeatAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }
    public int Total { get; private set; }
    public int Done { get; private set; }
    public int Assessed { get; private set; }
    public int Billed { get; private set; }
    /// <summary>Assessed at zero (exempt main homes, say): a notice, no bill.</summary>
    public int NothingDue { get; private set; }
    public int Skipped { get; private set; }
    public decimal Amount { get; private set; }
    public List<RunProblem> Problems { get; private set; } = [];
    public string? Error { get; private set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public bool IsAlive(DateTime now) => Status == RunStatus.Running && now - HeartbeatAt < StaleAfter;

    public int Percent => Total == 0 ? (Status == RunStatus.Completed ? 100 : 0) : (int)Math.Min(100, Done * 100L / Total);

    internal void Start(string startedBy, DateTime now)
    {
        Status = RunStatus.Running;
        StartedBy = startedBy;
        StartedAt = HeartbeatAt = now;
        FinishedAt = null;
        Error = null;
        Attempts++;
        Skipped = 0;
        Problems = [];
    }

    internal void Plan(int alreadyDone, int owners)
    {
        Done = alreadyDone;
        Total = Math.Max(owners, alreadyDone);
    }

    internal void Progress(int assessed, int billed, int nothingDue, decimal amount, IReadOnlyList<RunProblem> problems, DateTime now)
    {
        Assessed += assessed;
        Billed += billed;
        NothingDue += nothingDue;
        Skipped += problems.Count;
        Done += assessed + problems.Count;
        Amount += amount;
        if (Problems.Count < MaxProblems && problems.Count > 0)
        {
            Problems = [.. Problems, .. problems.Take(MaxProblems - Problems.Count)];
        }
        HeartbeatAt = now;
    }

    internal void Complete(DateTime now)
    {
        Status = RunStatus.Completed;
        FinishedAt = HeartbeatAt = now;
    }

    internal void Stop(string error, DateTime now)
    {
        Status = RunStatus.Stopped;
        Error = error.Length > 1000 ? error[..1000] : error;
        FinishedAt = HeartbeatAt = now;
    }
}
