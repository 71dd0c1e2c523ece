using Quartz;

namespace LocalGov.Platform.Emailing;

/// <summary>Quartz job for <see cref="EmailDelivery"/>; never runs twice at once, even across clustered nodes.</summary>
[DisallowConcurrentExecution]
internal sealed class EmailDeliveryJob(EmailDelivery delivery) : IJob
{
    public static readonly JobKey Key = new("email-delivery", "platform");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await delivery.DeliverDueAsync(cancellationToken);
}
