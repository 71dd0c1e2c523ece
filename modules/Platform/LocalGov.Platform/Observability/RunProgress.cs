using System.Collections.Concurrent;
using System.Diagnostics;

namespace LocalGov.Platform.Observability;

/// <summary>
/// The long runs this process is working on now (billing, assessment), with their progress, for the
/// <c>localgov.runs.done</c> / <c>localgov.runs.total</c> gauges. In memory: each node reports the runs it works
/// on, so a dashboard that sums the nodes sees every run once, and a gauge read costs no query.
/// </summary>
public static class RunProgress
{
    private static readonly ConcurrentDictionary<Guid, TrackedRun> Running = new();

    /// <summary>Starts tracking a run (and a span around it) until the returned handle is disposed.</summary>
    /// <param name="kind">What runs, e.g. <c>wastefees.billing</c>; a metric label, so a fixed word, never data.</param>
    public static TrackedRun Begin(string kind, Guid runId, Guid tenantId)
    {
        var activity = Telemetry.Source.StartActivity(kind);
        activity?.SetTag("localgov.run.id", runId.ToString());
        activity?.SetTag("localgov.tenant.id", tenantId.ToString());
        var run = new TrackedRun(kind, runId, tenantId, activity);
        Running[runId] = run;
        return run;
    }

    internal static IReadOnlyCollection<TrackedRun> Now => [.. Running.Values];

    internal static void End(TrackedRun run) => Running.TryRemove(new KeyValuePair<Guid, TrackedRun>(run.RunId, run));
}

/// <summary>One run in progress; <see cref="Report"/> after each committed batch.</summary>
public sealed class TrackedRun : IDisposable
{
    private readonly Activity? _activity;
    private long _done;
    private long _total;

    internal TrackedRun(string kind, Guid runId, Guid tenantId, Activity? activity)
    {
        Kind = kind;
        RunId = runId;
        TenantId = tenantId;
        _activity = activity;
    }

    public string Kind { get; }
    public Guid RunId { get; }
    public Guid TenantId { get; }
    public long Done => Interlocked.Read(ref _done);
    public long Total => Interlocked.Read(ref _total);

    public void Report(long done, long total)
    {
        Interlocked.Exchange(ref _total, total);
        Interlocked.Exchange(ref _done, done);
    }

    /// <summary>Marks the span failed (the run stopped); the run is still untracked on dispose.</summary>
    public void Fail(Exception error) => _activity?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);

    public void Dispose()
    {
        _activity?.SetTag("localgov.run.done", Done);
        _activity?.SetTag("localgov.run.total", Total);
        _activity?.Dispose();
        RunProgress.End(this);
    }
}
