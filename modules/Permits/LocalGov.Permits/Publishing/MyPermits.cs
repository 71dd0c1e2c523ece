using LocalGov.Permits.Applying;
using LocalGov.Permits.Issuing;
using LocalGov.Permits.PermitTypes;
using LocalGov.Permits.Renewal;
using LocalGov.Platform.Data;
using LocalGov.Platform.Features;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Settings;
using LocalGov.Platform.Timing;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Permits.Publishing;

/// <summary>One application of "my permits": whose LAO, what, where it stands, when the decision is due, and its page.</summary>
public sealed record MyApplication(LocalizedText Lao, string Number, LocalizedText Type, ApplicationKind Kind, ApplicationStatus Status,
    DateTime SubmittedAt, DateOnly? DueOn, string? Url);

/// <summary>One permit of "my permits", with its certificate and, while renewal is open, the renewal page.</summary>
public sealed record MyPermit(LocalizedText Lao, string Number, LocalizedText Type, string BusinessName, PermitStatus Status,
    DateOnly ValidFrom, DateOnly? ValidUntil, string? CertificateUrl, string? RenewUrl);

/// <summary>
/// A signed-in resident's permit applications and permits from every LAO. Reads across tenants on purpose — the
/// tenant filter is switched off — and only rows whose applicant or holder is this account.
/// </summary>
public sealed class MyPermits(LocalGovDbContext db, ITenantStore tenants, ICurrentTenant currentTenant, IFeatureChecker features,
    ISettingProvider settings, PublicUrls urls, TimeProvider clock)
{
    public const int Limit = 200;

    public async Task<(IReadOnlyList<MyApplication> Applications, IReadOnlyList<MyPermit> Permits)> ForAsync(Guid userId, CancellationToken cancellationToken)
    {
        var applications = await db.Set<PermitApplication>().IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(a => a.ApplicantUserId == userId).OrderByDescending(a => a.SubmittedAt).Take(Limit)
            .Select(a => new { a.TenantId, a.Number, a.PermitTypeId, a.Kind, a.Status, a.SubmittedAt, a.DueOn, a.RenewsPermitId })
            .ToListAsync(cancellationToken);
        var permits = await db.Set<Permit>().IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(p => p.HolderUserId == userId).OrderByDescending(p => p.IssuedAt).Take(Limit)
            .ToListAsync(cancellationToken);
        var typeIds = applications.Select(a => a.PermitTypeId).Concat(permits.Select(p => p.PermitTypeId)).Distinct().ToList();
        var types = await db.Set<PermitType>().IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        // a renewal in progress closes renewal of the permit it renews
        var renewing = applications.Where(a => a.RenewsPermitId is not null && a.Status is not (ApplicationStatus.Rejected or ApplicationStatus.Withdrawn))
            .Select(a => a.RenewsPermitId!.Value).ToHashSet();

        var laos = new Dictionary<Guid, (TenantInfo Tenant, string? Url, int ReminderDays)?>();
        async Task<(TenantInfo Tenant, string? Url, int ReminderDays)?> LaoAsync(Guid tenantId)
        {
            if (!laos.TryGetValue(tenantId, out var lao))
            {
                var tenant = await tenants.FindByIdAsync(tenantId, cancellationToken);
                if (tenant is null)
                {
                    lao = null;
                }
                else
                {
                    var reachable = tenant.IsActive && await features.IsEnabledAsync(tenant.Id, PermitsModule.FeatureName, cancellationToken);
                    int reminderDays;
                    using (currentTenant.Change(tenant))
                    {
                        reminderDays = await PermitsSettings.RenewalReminderDaysAsync(settings, cancellationToken);
                    }
                    lao = (tenant, reachable ? urls.LinkTo(tenant) : null, reminderDays);
                }
                laos[tenantId] = lao;
            }
            return lao;
        }

        LocalizedText TypeName(Guid id) => types.TryGetValue(id, out var t) ? new(t.NameTh, t.NameEn) : new("-", "-");

        var myApplications = new List<MyApplication>(applications.Count);
        foreach (var a in applications)
        {
            if (await LaoAsync(a.TenantId) is not { } lao)
            {
                continue;
            }
            myApplications.Add(new MyApplication(lao.Tenant.Name, a.Number, TypeName(a.PermitTypeId), a.Kind, a.Status, a.SubmittedAt, a.DueOn,
                lao.Url is { } url ? $"{url}/permits/applications/{a.Number}" : null));
        }

        var today = BangkokTime.Today(clock);
        var myPermits = new List<MyPermit>(permits.Count);
        foreach (var p in permits)
        {
            if (await LaoAsync(p.TenantId) is not { } lao)
            {
                continue;
            }
            var status = p.StatusOn(today);
            var renewable = types.TryGetValue(p.PermitTypeId, out var type)
                && PermitRenewal.Refusal(p, type, p.RenewedByApplicationId is not null || renewing.Contains(p.Id), today, lao.ReminderDays) is null;
            myPermits.Add(new MyPermit(lao.Tenant.Name, p.Number, TypeName(p.PermitTypeId), p.BusinessName, status, p.ValidFrom, p.ValidUntil,
                lao.Url is { } url ? $"{url}/permits/certificate/{p.Number}" : null,
                renewable && lao.Url is { } renewBase ? $"{renewBase}/permits/renew/{p.Number}" : null));
        }
        return (myApplications, myPermits);
    }
}
