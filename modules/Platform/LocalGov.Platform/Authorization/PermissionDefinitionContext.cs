using LocalGov.Platform.Localization;
using LocalGov.Platform.Modularity;

namespace LocalGov.Platform.Authorization;

public sealed class PermissionDefinitionContext
{
    internal Dictionary<string, PermissionDefinition> Definitions { get; } = new(StringComparer.Ordinal);
    internal LocalGovModule? CurrentModule { get; set; }

    /// <summary>Defines a tenant permission granted by default to <paramref name="defaultRoles"/> (tenant admin always gets it).</summary>
    public PermissionDefinitionContext Add(string name, LocalizedText displayName, params string[] defaultRoles) =>
        Add(name, displayName, PermissionScope.Tenant, defaultRoles);

    public PermissionDefinitionContext AddHost(string name, LocalizedText displayName, params string[] defaultRoles) =>
        Add(name, displayName, PermissionScope.Host, defaultRoles);

    /// <summary>
    /// Marks permissions that only an account with two-factor sign-in may use, whichever role holds them: an LAO
    /// admin giving "administer" to the cashier role does not give it to a cashier without a second factor.
    /// </summary>
    public PermissionDefinitionContext RequireTwoFactor(params string[] names)
    {
        foreach (var name in names)
        {
            Definitions[name] = Definitions.TryGetValue(name, out var definition)
                ? definition with { RequiresTwoFactor = true }
                : throw new InvalidOperationException($"Permission '{name}' must be defined before it is marked.");
        }
        return this;
    }

    private PermissionDefinitionContext Add(string name, LocalizedText displayName, PermissionScope scope, string[] defaultRoles)
    {
        IReadOnlyList<string> roles = scope == PermissionScope.Tenant
            ? [.. defaultRoles.Append(RoleTemplates.TenantAdmin).Distinct(StringComparer.Ordinal)]
            : [.. defaultRoles.Append(RoleTemplates.NationalAdmin).Distinct(StringComparer.Ordinal)];
        var definition = new PermissionDefinition(name, displayName, scope, CurrentModule?.Feature, CurrentModule?.Name, roles);
        if (!Definitions.TryAdd(name, definition))
        {
            throw new InvalidOperationException($"Permission '{name}' is defined twice.");
        }
        return this;
    }
}
