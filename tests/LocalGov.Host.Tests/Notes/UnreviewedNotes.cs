using LocalGov.Platform.Data;
using LocalGov.Platform.Localization;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Reporting;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Host.Tests.Notes;

/// <summary>The Notes module's open work for the provincial dashboard: notes not yet reviewed.</summary>
internal sealed class UnreviewedNotes(LocalGovDbContext db) : IWorkItemSource
{
    public string Feature => "Modules.Notes";

    public LocalizedText Label => new("บันทึกที่ยังไม่ตรวจ", "Unreviewed notes");

    public async Task<IReadOnlyDictionary<Guid, int>> CountOpenAsync(IReadOnlyCollection<Guid> tenantIds, CancellationToken cancellationToken)
    {
        var ids = tenantIds.ToList();
        return await db.Set<Note>().IgnoreQueryFilters([TenantFilter.Name])
            .Where(n => ids.Contains(n.TenantId) && !n.Reviewed && !n.IsDeleted)
            .GroupBy(n => n.TenantId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
    }
}
