using LocalGov.Permits.Applying;
using LocalGov.Permits.Notifications;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Data;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.Timing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Permits.Clocks;

/// <summary>
/// The Licensing Facilitation Act's clock, run daily per LAO by Quartz: while a decision is late, the applicant is
/// told every 7 days — the first notice the day after the due date, then 7, 14, … days after that — with the
/// officer's reason. Each notice is recorded on the application with the mail, in one save. The same late cases
/// make the supervisors' list (<see cref="LateQuery"/>). "Now" is the injected clock, so tests move it.
/// </summary>
public static class LateDecisions
{
    public const string Job = "permits-late-decisions";

    public static async Task NotifyAsync(TenantJobContext context)
    {
        var services = context.Services;
        var db = services.GetRequiredService<LocalGovDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var today = BangkokTime.DateOf(now);
        var weekAgo = today.AddDays(-7);
        var due = await LateQuery(db, today).Where(a => a.LastLateNoticeOn == null || a.LastLateNoticeOn <= weekAgo)
            .OrderBy(a => a.DueOn).Take(500).ToListAsync(context.CancellationToken);
        if (due.Count == 0)
        {
            return;
        }
        var typeIds = due.Select(a => a.PermitTypeId).Distinct().ToList();
        var types = await db.Set<PermitType>().AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, context.CancellationToken);
        var mail = services.GetRequiredService<PermitMail>();
        foreach (var application in due)
        {
            var mailed = await mail.QueueLateAsync(application, types[application.PermitTypeId], application.DueOn!.Value, context.CancellationToken);
            db.Add(application.RecordLateNotice(now, today, mailed));
        }
        await db.SaveChangesAsync(context.CancellationToken);
    }

    /// <summary>Undecided applications whose due date has passed (waiting for documents stops the clock, so those are not late).</summary>
    public static IQueryable<PermitApplication> LateQuery(LocalGovDbContext db, DateOnly today) =>
        db.Set<PermitApplication>().Where(a =>
            (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.InReview) && a.DueOn != null && a.DueOn < today);
}
