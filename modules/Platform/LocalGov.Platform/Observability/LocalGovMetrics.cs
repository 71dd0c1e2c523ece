using System.Diagnostics;
using System.Diagnostics.Metrics;
using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalGov.Platform.Observability;

/// <summary>
/// LocalGov's own instruments on the <c>LocalGov</c> meter. Labels are fixed words (job names, run kinds, outcomes),
/// never an LAO or a person: 7,852 LAOs as a label would be 7,852 series per instrument, and traces carry the LAO.
/// </summary>
public sealed partial class LocalGovMetrics
{
    /// <summary>A gauge read within this long of the last query answers from it: a scrape storm costs one query.</summary>
    internal static readonly TimeSpan OutboxCacheFor = TimeSpan.FromSeconds(5);

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<LocalGovMetrics> _logger;
    private readonly Lock _outboxLock = new();
    private long? _outboxDepth; // null: the last read failed
    private long _outboxReadAt; // 0: never read (ages as very old)

    public LocalGovMetrics(IMeterFactory meters, IServiceScopeFactory scopes, ILogger<LocalGovMetrics> logger)
    {
        _scopes = scopes;
        _logger = logger;
        var meter = meters.Create(Telemetry.Name);
        JobRuns = meter.CreateCounter<long>("localgov.jobs.runs", "{run}",
            "Scheduled job runs on this node, by job and outcome (ok, failed, cancelled).");
        JobDuration = meter.CreateHistogram<double>("localgov.jobs.duration", "s",
            "How long each scheduled job run took, by job and outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900, 3600] });
        TenantFailures = meter.CreateCounter<long>("localgov.jobs.tenant_failures", "{failure}",
            "LAOs a recurring job failed for (the run goes on with the other LAOs), by job.");
        meter.CreateObservableGauge("localgov.outbox.depth", ReadOutboxDepth, "{message}",
            "Emails waiting in the outbox (not yet sent, not given up); read from the database at most every 5 s.");
        meter.CreateObservableGauge("localgov.runs.active", () => ByKind(r => 1), "{run}",
            "Billing and assessment runs this node is working on now, by kind.");
        meter.CreateObservableGauge("localgov.runs.done", () => ByKind(r => r.Done), "{row}",
            "Rows (points, parcels) done so far in the runs this node is working on, by kind.");
        meter.CreateObservableGauge("localgov.runs.total", () => ByKind(r => r.Total), "{row}",
            "Rows the runs this node is working on will do in all, by kind.");
    }

    public Counter<long> JobRuns { get; }
    public Histogram<double> JobDuration { get; }
    public Counter<long> TenantFailures { get; }

    public void RecordTenantFailure(string job) => TenantFailures.Add(1, new KeyValuePair<string, object?>("job", job));

    public void RecordJob(string job, string outcome, TimeSpan took)
    {
        var tags = new TagList { { "job", job }, { "outcome", outcome } };
        JobRuns.Add(1, tags);
        JobDuration.Record(took.TotalSeconds, tags);
    }

    private static IEnumerable<Measurement<long>> ByKind(Func<TrackedRun, long> value) =>
        RunProgress.Now.GroupBy(r => r.Kind)
            .Select(g => new Measurement<long>(g.Sum(value), new KeyValuePair<string, object?>("kind", g.Key)));

    /// <summary>
    /// The pending count, queried again only when the last answer is older than <see cref="OutboxCacheFor"/>. The
    /// cache age is measured on the monotonic stopwatch, not the host's clock: it is about load, not about dates.
    /// </summary>
    private IEnumerable<Measurement<long>> ReadOutboxDepth()
    {
        lock (_outboxLock)
        {
            if (_outboxReadAt == 0 || Stopwatch.GetElapsedTime(_outboxReadAt) >= OutboxCacheFor)
            {
                try
                {
                    using var scope = _scopes.CreateScope();
                    var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
                    // the delivery job's own index (SentAt, FailedAt, NextAttemptAt) answers this count
                    _outboxDepth = db.Set<OutboxEmail>().Count(m => m.SentAt == null && m.FailedAt == null);
                }
                catch (Exception ex)
                {
                    // a database outage shows in the health checks; the gauge leaves a gap rather than a false 0
                    LogOutboxUnread(_logger, ex.GetBaseException().Message);
                    _outboxDepth = null;
                }
                _outboxReadAt = Stopwatch.GetTimestamp(); // a failed read is not retried sooner either
            }
            return _outboxDepth is { } depth ? [new Measurement<long>(depth)] : [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox depth could not be read: {Error}")]
    private static partial void LogOutboxUnread(ILogger logger, string error);
}
