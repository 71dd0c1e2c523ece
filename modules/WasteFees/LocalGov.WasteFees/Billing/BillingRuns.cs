using LocalGov.Platform.Data;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.WasteFees.Billing;

/// <summary>
/// Starting billing runs: by staff from the billing page (claimed at once, worked in the background with a progress
/// bar) and by the daily job on the LAO's billing day. The daily job also resumes any run that stopped or died.
/// </summary>
public sealed class BillingRuns(LocalGovDbContext db, BillingEngine engine, IBackgroundWork background, ICurrentTenant tenant, TimeProvider clock)
{
    public const string DailyJob = "wastefees-billing";

    /// <summary>A month may be billed from its first day until 24 months later; never ahead of time.</summary>
    public async Task<BillingRun> StartAsync(BillingPeriod period, string startedBy, CancellationToken cancellationToken)
    {
        var today = BillingPeriod.Of(BangkokTime.Today(clock));
        if (period > today || period < today.Plus(-24))
        {
            throw new BusinessRuleException(new LocalizedText(
                "เลือกเดือนที่จะออกใบแจ้งหนี้ได้ตั้งแต่เดือนปัจจุบันย้อนหลังไม่เกิน 24 เดือน",
                "Choose a month from this one back to 24 months ago."), "period");
        }
        var run = await engine.ClaimAsync(period, startedBy, cancellationToken);
        var runId = run.Id;
        background.Enqueue(DailyJob, tenant.Id!.Value, (services, token) =>
            services.GetRequiredService<BillingEngine>().ExecuteAsync(runId, cancellationToken: token));
        return run;
    }

    public Task<List<BillingRun>> RecentAsync(CancellationToken cancellationToken) =>
        db.Set<BillingRun>().AsNoTracking().OrderByDescending(r => r.Period).Take(24).ToListAsync(cancellationToken);

    /// <summary>The daily job for one LAO: bills this month once its billing day has come, and resumes stopped runs.</summary>
    public static async Task RunDailyAsync(TenantJobContext context)
    {
        var db = context.Services.GetRequiredService<LocalGovDbContext>();
        var engine = context.Services.GetRequiredService<BillingEngine>();
        var clock = context.Services.GetRequiredService<TimeProvider>();
        var settings = context.Services.GetRequiredService<Platform.Settings.ISettingProvider>();
        var today = BangkokTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var periods = new List<BillingPeriod>();
        var runs = await db.Set<BillingRun>().AsNoTracking().Where(r => r.Status != BillingRunStatus.Completed).ToListAsync(context.CancellationToken);
        periods.AddRange(runs.Where(r => !r.IsAlive(now)).Select(r => r.BillingPeriod));
        var current = BillingPeriod.Of(today);
        if (today.Day >= await WasteFeesSettings.BillingDayAsync(settings, context.CancellationToken)
            && !await db.Set<BillingRun>().AnyAsync(r => r.Period == current.Key, context.CancellationToken))
        {
            periods.Add(current);
        }
        foreach (var period in periods.Distinct().Order())
        {
            var run = await engine.ClaimAsync(period, "system", context.CancellationToken);
            await engine.ExecuteAsync(run.Id, cancellationToken: context.CancellationToken);
        }
    }
}
