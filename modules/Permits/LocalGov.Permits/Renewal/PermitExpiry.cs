using LocalGov.Permits.Issuing;
using LocalGov.Permits.Notifications;
using LocalGov.Permits.PermitTypes;
using LocalGov.Platform.Data;
using LocalGov.Platform.Jobs;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Timing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Permits.Renewal;

/// <summary>
/// Daily per LAO: holders of valid permits ending within the reminder days (default 30) get one reminder with the
/// renewal link, unless already renewed; permits past their last day are marked expired. (Pages never wait for the
/// job: a permit past its last day shows as expired at once.)
/// </summary>
public static class PermitExpiry
{
    public const string Job = "permits-expiry";

    public static async Task RunAsync(TenantJobContext context)
    {
        var services = context.Services;
        var db = services.GetRequiredService<LocalGovDbContext>();
        var settings = services.GetRequiredService<ISettingProvider>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var today = BangkokTime.DateOf(now);
        var remindFrom = today.AddDays(await PermitsSettings.RenewalReminderDaysAsync(settings, context.CancellationToken));

        var expiring = await db.Set<Permit>()
            .Where(p => p.Status == PermitStatus.Valid && p.ValidUntil != null && p.ValidUntil >= today && p.ValidUntil <= remindFrom
                && p.RenewalRemindedAt == null && p.RenewedByApplicationId == null)
            .Take(1000).ToListAsync(context.CancellationToken);
        if (expiring.Count > 0)
        {
            var typeIds = expiring.Select(p => p.PermitTypeId).Distinct().ToList();
            var types = await db.Set<PermitType>().AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, context.CancellationToken);
            var surcharge = await PermitsSettings.LateRenewalSurchargeAsync(settings, context.CancellationToken);
            var mail = services.GetRequiredService<PermitMail>();
            foreach (var permit in expiring)
            {
                await mail.QueueRenewalDueAsync(permit, types[permit.PermitTypeId], surcharge, context.CancellationToken);
                permit.RenewalRemindedAt = now;
            }
        }

        var ended = await db.Set<Permit>().Where(p => p.Status == PermitStatus.Valid && p.ValidUntil != null && p.ValidUntil < today)
            .Take(1000).ToListAsync(context.CancellationToken);
        foreach (var permit in ended)
        {
            permit.Expire(now);
        }
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
