namespace LocalGov.Platform.Features;

/// <summary>
/// Answers whether a feature is on for a tenant. One checker drives the four gates: endpoints and pages answer 404,
/// permissions are denied, menu items are hidden and jobs skip the tenant.
/// </summary>
public interface IFeatureChecker
{
    /// <summary>For the current tenant; false when there is none (host context).</summary>
    ValueTask<bool> IsEnabledAsync(string feature, CancellationToken cancellationToken = default);

    ValueTask<bool> IsEnabledAsync(Guid tenantId, string feature, CancellationToken cancellationToken = default);
}
