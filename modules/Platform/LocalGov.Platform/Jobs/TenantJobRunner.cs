using LocalGov.Platform.Features;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalGov.Platform.Jobs;

/// <summary>
/// Runs a recurring job for each active tenant that has its feature (the fourth feature gate: jobs skip the
/// tenant). A failure for one tenant is logged and does not stop the others.
/// </summary>
public sealed partial class TenantJobRunner(
    IServiceScopeFactory scopes,
    ITenantStore tenants,
    PlatformDefinitions definitions,
    Observability.LocalGovMetrics metrics,
    ILogger<TenantJobRunner> logger)
{
    /// <returns>The tenants the job ran for.</returns>
    public async Task<IReadOnlyList<TenantInfo>> RunAsync(string jobName, DateTimeOffset fireTime, CancellationToken cancellationToken)
    {
        if (!definitions.Jobs.TryGetValue(jobName, out var job))
        {
            throw new InvalidOperationException($"Job '{jobName}' is not defined by any loaded module.");
        }

        var ran = new List<TenantInfo>();
        foreach (var tenant in await tenants.GetAllAsync(cancellationToken))
        {
            if (!tenant.IsActive)
            {
                continue;
            }
            await using var scope = scopes.CreateAsyncScope();
            var features = scope.ServiceProvider.GetRequiredService<IFeatureChecker>();
            if (job.Feature is { } feature && !await features.IsEnabledAsync(tenant.Id, feature, cancellationToken))
            {
                continue;
            }

            var currentTenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>();
            using (currentTenant.Change(tenant))
            {
                try
                {
                    await job.ExecuteAsync(new TenantJobContext(tenant, scope.ServiceProvider, fireTime, cancellationToken));
                    ran.Add(tenant);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogTenantFailed(logger, ex, jobName, tenant.Code);
                    metrics.RecordTenantFailure(jobName); // the run as a whole goes on, and counts as ok
                }
            }
        }
        return ran;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed for tenant {Tenant}")]
    private static partial void LogTenantFailed(ILogger logger, Exception exception, string job, string tenant);
}
