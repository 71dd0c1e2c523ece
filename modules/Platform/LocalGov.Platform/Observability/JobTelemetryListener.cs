using System.Collections.Concurrent;
using System.Diagnostics;
using Quartz;

namespace LocalGov.Platform.Observability;

/// <summary>
/// Every Quartz job run, whatever the job: a span, and the <c>localgov.jobs.*</c> metrics by job name and outcome (ok, failed, cancelled).
/// One listener for all jobs, so a job added later is measured without a line of its own.
/// </summary>
internal sealed class JobTelemetryListener(LocalGovMetrics metrics) : IJobListener
{
    /// <summary>The span of each firing in progress on this node, by its fire instance id.</summary>
    private readonly ConcurrentDictionary<string, Activity> _spans = new();

    public string Name => "localgov-telemetry";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var activity = Telemetry.Source.StartActivity("job " + context.JobDetail.Key.Name);
        if (activity is not null)
        {
            activity.SetTag("localgov.job", context.JobDetail.Key.Name);
            activity.SetTag("localgov.job.recovering", context.Recovering); // taken over from a node that died
            _spans[context.FireInstanceId] = activity;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (_spans.TryRemove(context.FireInstanceId, out var activity))
        {
            activity.Dispose();
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var outcome = context.Outcome switch
        {
            ExecutionOutcome.Succeeded when jobException is null => "ok",
            ExecutionOutcome.Cancelled => "cancelled",
            _ => "failed",
        };
        metrics.RecordJob(context.JobDetail.Key.Name, outcome, context.JobRunTime);
        if (_spans.TryRemove(context.FireInstanceId, out var activity))
        {
            activity.SetTag("localgov.job.outcome", outcome);
            if (outcome != "ok")
            {
                activity.SetStatus(ActivityStatusCode.Error, jobException?.GetBaseException().GetType().Name ?? outcome);
            }
            activity.Dispose();
        }
        return ValueTask.CompletedTask;
    }
}
