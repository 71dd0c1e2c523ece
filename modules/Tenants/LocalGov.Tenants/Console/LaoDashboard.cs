using LocalGov.Identity.Contracts;
using LocalGov.Platform.Features;
using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.Reporting;

namespace LocalGov.Tenants.Console;

/// <summary>One row of the provincial dashboard.</summary>
public sealed record LaoSummary(TenantInfo Tenant, IReadOnlyList<LocalGovModule> Modules, int StaffCount, int OpenWorkItems);

/// <summary>
/// The LAOs a host admin supervises, with their modules, staff counts and open work items. Counts come from the
/// identity directory and from each module's <see cref="IWorkItemSource"/>; no other module's tables are read.
/// </summary>
public sealed class LaoDashboard(
    ITenantStore tenants,
    ModuleCatalog catalog,
    IFeatureChecker features,
    IStaffDirectory staff,
    IEnumerable<IWorkItemSource> workItems)
{
    public async Task<IReadOnlyList<LaoSummary>> ListAsync(ConsoleScope scope, CancellationToken cancellationToken = default)
    {
        var inScope = (await tenants.GetAllAsync(cancellationToken)).Where(t => scope.Covers(t.ProvinceCode)).ToList();
        var ids = inScope.Select(t => t.Id).ToList();
        var staffCounts = await staff.CountStaffAsync(ids, cancellationToken);

        var open = ids.ToDictionary(id => id, _ => 0);
        foreach (var source in workItems)
        {
            var asked = new List<Guid>();
            foreach (var id in ids)
            {
                if (await features.IsEnabledAsync(id, source.Feature, cancellationToken))
                {
                    asked.Add(id);
                }
            }
            if (asked.Count == 0)
            {
                continue;
            }
            foreach (var (id, count) in await source.CountOpenAsync(asked, cancellationToken))
            {
                open[id] += count;
            }
        }

        var rows = new List<LaoSummary>();
        foreach (var tenant in inScope)
        {
            var modules = new List<LocalGovModule>();
            foreach (var module in catalog.Modules.Where(m => m.Feature is not null))
            {
                if (await features.IsEnabledAsync(tenant.Id, module.Feature!, cancellationToken))
                {
                    modules.Add(module);
                }
            }
            rows.Add(new LaoSummary(tenant, modules, staffCounts.GetValueOrDefault(tenant.Id), open[tenant.Id]));
        }
        return [.. rows.OrderBy(r => r.Tenant.ProvinceCode, StringComparer.Ordinal).ThenBy(r => r.Tenant.Code, StringComparer.Ordinal)];
    }
}
