using LocalGov.Platform.Modularity;
using LocalGov.Platform.MultiTenancy;
using Microsoft.Extensions.Configuration;

namespace LocalGov.Platform.Features;

internal sealed class FeatureChecker(
    ICurrentTenant currentTenant,
    ITenantStore tenants,
    PlatformDefinitions definitions,
    IConfiguration configuration) : IFeatureChecker
{
    public ValueTask<bool> IsEnabledAsync(string feature, CancellationToken cancellationToken = default) =>
        currentTenant.Id is { } id ? IsEnabledAsync(id, feature, cancellationToken) : ValueTask.FromResult(false);

    public async ValueTask<bool> IsEnabledAsync(Guid tenantId, string feature, CancellationToken cancellationToken = default)
    {
        if (!definitions.Features.TryGetValue(feature, out var definition))
        {
            return false; // an unknown feature is off: a module not loaded is absent
        }

        var tenant = await tenants.FindByIdAsync(tenantId, cancellationToken);
        if (tenant is null)
        {
            return false;
        }

        return tenant.Features.TryGetValue(feature, out var value) ? value : DefaultFor(definition);
    }

    private bool DefaultFor(FeatureDefinition definition) =>
        configuration.GetValue<bool?>($"Features:Defaults:{definition.Name}") ?? definition.DefaultValue;
}
