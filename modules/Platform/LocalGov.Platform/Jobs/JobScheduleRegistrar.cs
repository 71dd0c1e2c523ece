using LocalGov.Platform.Emailing;
using LocalGov.Platform.Modularity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace LocalGov.Platform.Jobs;

/// <summary>
/// Puts every module's recurring job and the email delivery job into the scheduler at start, replacing what the
/// store held so a changed schedule takes effect; in a cluster every node does the same, idempotently. Triggers are
/// built on the host's <see cref="TimeProvider"/>, the clock Quartz's scheduler runs on: a start time taken from
/// another clock could lie hours in the scheduler's future, and the job would not run until then.
/// </summary>
internal sealed class JobScheduleRegistrar(
    ISchedulerFactory schedulers,
    PlatformDefinitions definitions,
    IConfiguration configuration,
    IOptions<EmailOptions> email,
    TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);

        foreach (var job in definitions.Jobs.Values)
        {
            var cron = configuration[$"Jobs:{job.Name}:Cron"] ?? job.CronExpression;
            var detail = JobBuilder.Create<RecurringTenantJob>()
                .WithIdentity(job.Name, "tenants")
                .UsingJobData(RecurringTenantJob.JobNameKey, job.Name)
                .StoreDurably()
                .Build();
            var trigger = TriggerBuilder.Create(clock)
                .WithIdentity(job.Name + "-trigger", "tenants")
                .WithCronSchedule(cron, c => c.InTimeZone(BangkokZone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .Build();
            await scheduler.ScheduleJob(detail, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
        }

        var delivery = JobBuilder.Create<EmailDeliveryJob>().WithIdentity(EmailDeliveryJob.Key).StoreDurably().Build();
        var every = TriggerBuilder.Create(clock)
            .WithIdentity("email-delivery-trigger", "platform")
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Math.Max(1, email.Value.PollSeconds))).RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        await scheduler.ScheduleJob(delivery, [every], new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static readonly TimeZoneInfo BangkokZone = TimeZoneInfo.CreateCustomTimeZone(
        "Asia/Bangkok", TimeSpan.FromHours(7), "Asia/Bangkok", "Asia/Bangkok");
}
