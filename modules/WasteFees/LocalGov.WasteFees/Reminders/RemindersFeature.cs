using LocalGov.Platform.Emailing;
using LocalGov.Platform.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.WasteFees.Reminders;

/// <summary>Overdue reminders by email and the printable notice list per route.</summary>
internal static class RemindersFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<OverdueReminders>();
        services.AddScoped<NoticeList>();
    }

    /// <summary>Every morning at 08:00 Bangkok time: mail the payers whose fees are overdue.</summary>
    public static void DefineJobs(JobDefinitionContext context) =>
        context.AddRecurring(OverdueReminders.DailyJob, "0 0 8 * * ?", OverdueReminders.RunDailyAsync);

    public static void DefineEmailTemplates(EmailTemplateContext context) => OverdueReminders.DefineTemplate(context);
}
