using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Filing;
using LocalGov.Complaints.Notifications;
using LocalGov.Complaints.Workflow;
using LocalGov.Identity.Contracts;
using LocalGov.Platform.Data;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Complaints.Sla;

/// <summary>
/// The complaint clocks, run per LAO by Quartz: open complaints past their due time are marked overdue and their
/// supervisors (staff holding Complaints.Supervise) get one mail per due time; resolved or rejected complaints the
/// resident left alone close after Complaints.AutoCloseDays; unconfirmed reports are deleted after 7 days. "Now"
/// is the injected <see cref="TimeProvider"/>, so tests move the clock.
/// </summary>
public static class SlaMonitor
{
    public const string OverdueJob = "complaints-overdue";
    public const string AutoCloseJob = "complaints-auto-close";

    public static async Task MarkOverdueAsync(TenantJobContext context)
    {
        var services = context.Services;
        var db = services.GetRequiredService<LocalGovDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var open = ComplaintStatusText.Open;
        var late = await db.Set<Complaint>()
            .Where(c => open.Contains(c.Status) && c.DueAt < now && c.OverdueAt == null)
            .OrderBy(c => c.DueAt).Take(500).ToListAsync(context.CancellationToken);
        if (late.Count == 0)
        {
            return;
        }
        var supervisors = await SupervisorEmailsAsync(services, context.Tenant.Id, context.CancellationToken);
        var cleared = late.Any(c => c.Confidential)
            ? (await services.GetRequiredService<IStaffDirectory>().ListStaffWithPermissionAsync(context.Tenant.Id, ComplaintsPermissions.Confidential, context.CancellationToken))
                .Select(s => s.Email).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        var categories = await db.Set<Category>().AsNoTracking().ToDictionaryAsync(c => c.Id, context.CancellationToken);
        var mail = services.GetRequiredService<ComplaintMail>();
        foreach (var complaint in late)
        {
            db.Add(complaint.MarkOverdue(now));
            foreach (var to in supervisors.Where(to => !complaint.Confidential || cleared.Contains(to)))
            {
                await mail.QueueOverdueAsync(complaint, categories[complaint.CategoryId].NameTh, to, context.CancellationToken);
            }
        }
        await db.SaveChangesAsync(context.CancellationToken);
    }

    public static async Task CloseUnansweredAsync(TenantJobContext context)
    {
        var services = context.Services;
        var db = services.GetRequiredService<LocalGovDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var days = await ComplaintsSettings.AutoCloseDays.ReadAsync(services.GetRequiredService<ISettingProvider>(), context.CancellationToken);
        var before = now.AddDays(-days);
        var done = await db.Set<Complaint>()
            .Where(c => (c.Status == ComplaintStatus.Resolved || c.Status == ComplaintStatus.Rejected) && c.ResolvedAt < before)
            .Take(1000).ToListAsync(context.CancellationToken);
        foreach (var complaint in done)
        {
            db.Add(complaint.CloseUnanswered(now));
        }
        await db.SaveChangesAsync(context.CancellationToken);

        var stale = await db.Set<Complaint>()
            .Where(c => c.Status == ComplaintStatus.PendingConfirmation && c.ConfirmationExpiresAt < now)
            .Select(c => c.Id).Take(1000).ToListAsync(context.CancellationToken);
        if (stale.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
            await db.Set<ComplaintPhoto>().Where(p => stale.Contains(p.ComplaintId)).ExecuteDeleteAsync(context.CancellationToken);
            await db.Set<ComplaintEvent>().Where(e => stale.Contains(e.ComplaintId)).ExecuteDeleteAsync(context.CancellationToken);
            await db.Set<Complaint>().Where(c => stale.Contains(c.Id)).ExecuteDeleteAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
        }
    }

    /// <summary>Active staff of the LAO whose roles hold Complaints.Supervise there.</summary>
    public static async Task<IReadOnlyList<string>> SupervisorEmailsAsync(IServiceProvider services, Guid tenantId, CancellationToken cancellationToken)
    {
        var staff = await services.GetRequiredService<IStaffDirectory>().ListStaffWithPermissionAsync(tenantId, ComplaintsPermissions.Supervise, cancellationToken);
        return [.. staff.Select(s => s.Email).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
