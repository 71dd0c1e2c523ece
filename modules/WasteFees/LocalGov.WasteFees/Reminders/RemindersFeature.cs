using LocalGov.Platform.Emailing;
using LocalGov.Platform.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.WasteFees.Reminders;

/// <summary>Overdue reminders by email and the printable notice list per route.</summary>
internal static class RemindersFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void DefineJobs(JobDefinitionContext context)
    {
    }

    public static void DefineEmailTemplates(EmailTemplateContext context)
    {
    }
}
