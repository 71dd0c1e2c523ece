using LocalGov.Platform.Auditing;
using LocalGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Tenants.Auditing;

/// <summary>Reads the audit log for the LAOs a person may see: an LAO admin their own, a provincial admin their province's.</summary>
public sealed class AuditTrail(LocalGovDbContext db)
{
    public async Task<IReadOnlyList<AuditLog>> LatestAsync(IReadOnlyCollection<Guid> tenantIds, bool includeHost, int take = 200,
        CancellationToken cancellationToken = default)
    {
        var ids = tenantIds.ToList();
        return await db.Set<AuditLog>().AsNoTracking()
            .Include(a => a.Changes)
            .Where(a => (a.TenantId != null && ids.Contains(a.TenantId.Value)) || (includeHost && a.TenantId == null))
            .OrderByDescending(a => a.ExecutedAt)
            .Take(take)
            .ToListAsync(cancellationToken);
    }
}
