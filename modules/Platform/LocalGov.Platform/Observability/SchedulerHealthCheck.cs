using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace LocalGov.Platform.Observability;

/// <summary>
/// This node's Quartz scheduler runs jobs: started, not paused in standby, not shut down, and its job store (the
/// database tables Quartz keeps, shared by the nodes when clustered) answers.
/// </summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var metadata = await scheduler.GetMetadata(cancellationToken);
            var status = await scheduler.GetStatus(cancellationToken);
            var data = new Dictionary<string, object>
            {
                ["instance"] = metadata.SchedulerInstanceId,
                ["status"] = status.ToString(),
                ["clustered"] = metadata.JobStoreClustered,
                ["jobsExecuted"] = metadata.JobsExecuted,
            };
            if (status != SchedulerStatus.Running)
            {
                return HealthCheckResult.Unhealthy($"The scheduler is {status}, not running: this node runs no jobs.", data: data);
            }
            // reads the job store: a store whose tables cannot be read fires nothing, and the mail job is always there
            if (!await scheduler.Exists(Emailing.EmailDeliveryJob.Key, cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The scheduler's job store has no email delivery job: the jobs were not scheduled.", data: data);
            }
            return HealthCheckResult.Healthy("The scheduler is running and its job store answers.", data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The scheduler's job store does not answer: " + ex.GetBaseException().Message);
        }
    }
}
