using LocalGov.Platform.Data;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Tax.Assessment;

/// <summary>
/// Starting the annual assessment: by staff (claimed at once, worked in the background with a progress bar) or by
/// the daily job from the LAO's assessment day. The job also resumes a run that stopped or died.
/// </summary>
public sealed class AssessmentRuns(LocalGovDbContext db, AssessmentEngine engine, IBackgroundWork background, ICurrentTenant tenant, TimeProvider clock)
{
    public const string DailyJob = "tax-assessment";

    /// <summary>The current year may be assessed, or the one before (a late LAO); never a year ahead.</summary>
    public async Task<AssessmentRun> StartAsync(int year, string startedBy, CancellationToken cancellationToken)
    {
        var current = BangkokTime.Today(clock).Year;
        if (year > current || year < current - 1)
        {
            throw new BusinessRuleException(new LocalizedText(
                $"ประเมินได้เฉพาะปีภาษี {current + 543} หรือ {current + 542}", $"Only tax year {current} or {current - 1} can be assessed."), "year");
        }
        var run = await engine.ClaimAsync(year, startedBy, cancellationToken);
        var runId = run.Id;
        background.Enqueue(DailyJob, tenant.Id!.Value, (services, token) =>
            services.GetRequiredService<AssessmentEngine>().ExecuteAsync(runId, cancellationToken: token));
        return run;
    }

    public Task<List<AssessmentRun>> RecentAsync(CancellationToken cancellationToken) =>
        db.Set<AssessmentRun>().AsNoTracking().OrderByDescending(r => r.Year).Take(10).ToListAsync(cancellationToken);

    public static async Task RunDailyAsync(TenantJobContext context)
    {
        var db = context.Services.GetRequiredService<LocalGovDbContext>();
        var engine = context.Services.GetRequiredService<AssessmentEngine>();
        var clock = context.Services.GetRequiredService<TimeProvider>();
        var settings = context.Services.GetRequiredService<ISettingProvider>();
        var today = BangkokTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var years = (await db.Set<AssessmentRun>().AsNoTracking().Where(r => r.Status != RunStatus.Completed).ToListAsync(context.CancellationToken))
            .Where(r => !r.IsAlive(now)).Select(r => r.Year).ToList();
        if (await TaxSettings.AutoAssessAsync(settings, context.CancellationToken)
            && today >= await TaxSettings.AutoAssessFromAsync(settings, today.Year, context.CancellationToken)
            && !await db.Set<AssessmentRun>().AnyAsync(r => r.Year == today.Year, context.CancellationToken))
        {
            years.Add(today.Year);
        }
        foreach (var year in years.Distinct().Order())
        {
            var run = await engine.ClaimAsync(year, "system", context.CancellationToken);
            await engine.ExecuteAsync(run.Id, cancellationToken: context.CancellationToken);
        }
    }
}
