using LocalGov.Complaints.Categories;
using LocalGov.Complaints.Workflow;
using LocalGov.Platform.Data;
using LocalGov.Platform.Features;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Complaints.Publishing;

/// <summary>One row of "my complaints": whose LAO, what, where it stands, and the LAO's tracking page (null while unconfirmed).</summary>
public sealed record MyComplaint(LocalizedText Lao, string? TrackingCode, LocalizedText Category, ComplaintStatus Status,
    DateTime? FiledAt, DateTime? UpdatedAt, string? TrackingUrl, bool Following);

/// <summary>
/// A signed-in resident's complaints from every LAO, and the ones they follow. Reads across tenants on purpose —
/// the tenant filter is switched off — and only rows whose reporter or follower is this account; categories are
/// read only for those rows.
/// </summary>
public sealed class MyComplaints(LocalGovDbContext db, ITenantStore tenants, IFeatureChecker features, PublicUrls urls)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<MyComplaint>> ForAsync(Guid userId, CancellationToken cancellationToken)
    {
        var followed = await db.Set<ComplaintFollower>().IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(f => f.UserId == userId).Select(f => f.ComplaintId).ToListAsync(cancellationToken);
        var complaints = await db.Set<Complaint>().IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(c => c.ReporterUserId == userId || (followed.Contains(c.Id) && !c.Confidential))
            .OrderByDescending(c => c.FiledAt ?? c.CreatedAt).Take(Limit)
            .Select(c => new { c.TenantId, c.TrackingCode, c.CategoryId, c.Status, c.FiledAt, c.UpdatedAt, Mine = c.ReporterUserId == userId })
            .ToListAsync(cancellationToken);
        var categoryIds = complaints.Select(c => c.CategoryId).Distinct().ToList();
        var categories = await db.Set<Category>().IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(c => categoryIds.Contains(c.Id)).Select(c => new { c.Id, c.NameTh, c.NameEn })
            .ToDictionaryAsync(c => c.Id, c => new LocalizedText(c.NameTh, c.NameEn), cancellationToken);

        var list = new List<MyComplaint>(complaints.Count);
        foreach (var c in complaints)
        {
            var tenant = await tenants.FindByIdAsync(c.TenantId, cancellationToken);
            if (tenant is null)
            {
                continue;
            }
            var reachable = c.TrackingCode is not null && ComplaintStatusText.IsVisible(c.Status) && tenant.IsActive &&
                await features.IsEnabledAsync(tenant.Id, ComplaintsModule.FeatureName, cancellationToken);
            list.Add(new MyComplaint(tenant.Name, c.TrackingCode, categories.GetValueOrDefault(c.CategoryId) ?? new("-", "-"), c.Status,
                c.FiledAt, c.UpdatedAt, reachable ? $"{urls.LinkTo(tenant)}/complaints/track/{c.TrackingCode}" : null, !c.Mine));
        }
        return list;
    }
}
