using Quartz;

namespace LocalGov.Platform.Jobs;

/// <summary>The Quartz job behind every <see cref="RecurringJobDefinition"/>; one instance runs at a time cluster-wide.</summary>
[DisallowConcurrentExecution]
internal sealed class RecurringTenantJob(TenantJobRunner runner) : IJob
{
    public const string JobNameKey = "localgov.job";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await runner.RunAsync(context.MergedJobDataMap.GetString(JobNameKey)!, context.FireTimeUtc, cancellationToken);
}
