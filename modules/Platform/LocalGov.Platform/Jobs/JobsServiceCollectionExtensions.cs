using LocalGov.Platform.Data;
using LocalGov.Platform.Emailing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace LocalGov.Platform.Jobs;

internal static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Quartz.NET with the ADO job store the database engine sets up: clustered on the server databases (two nodes
    /// never run one job twice), on SQLite in its own file. Quartz creates its own tables.
    /// </summary>
    public static IServiceCollection AddLocalGovJobs(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton<TenantJobRunner>();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "LocalGov";
                o.GenerateInstanceId = true;
            });
            // one listener for every job's span and metrics (Observability), not a line in each job
            q.AddJobListener<Observability.JobTelemetryListener>([GroupMatcher<JobKey>.AnyGroup()]);
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                database.Engine.UseJobStore(store, database);
                store.ProvisionSchema();
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<JobScheduleRegistrar>();
        services.AddSingleton<BackgroundWorkService>();
        services.AddSingleton<IBackgroundWork>(sp => sp.GetRequiredService<BackgroundWorkService>());
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundWorkService>());
        services.AddTransient<RecurringTenantJob>();
        services.AddTransient<EmailDeliveryJob>();
        return services;
    }
}
