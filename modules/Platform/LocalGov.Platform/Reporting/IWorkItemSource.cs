using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Reporting;

/// <summary>
/// A module's count of open work (complaints not closed, applications awaiting decision, …) per tenant, for the
/// provincial dashboard. Modules register theirs in ConfigureServices; the dashboard never reads their tables.
/// </summary>
public interface IWorkItemSource
{
    /// <summary>The module feature that gates it: tenants without the feature are not asked.</summary>
    string Feature { get; }

    LocalizedText Label { get; }

    Task<IReadOnlyDictionary<Guid, int>> CountOpenAsync(IReadOnlyCollection<Guid> tenantIds, CancellationToken cancellationToken);
}
