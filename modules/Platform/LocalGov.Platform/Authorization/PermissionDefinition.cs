using LocalGov.Platform.Localization;

namespace LocalGov.Platform.Authorization;

/// <summary>
/// A permission a module defines. <see cref="Feature"/> is the module's feature: where it is off, the permission
/// is hidden and denied. <see cref="DefaultRoles"/> are the role templates that receive it when a tenant is created.
/// </summary>
public sealed record PermissionDefinition(
    string Name,
    LocalizedText DisplayName,
    PermissionScope Scope,
    string? Feature,
    string? ModuleName,
    IReadOnlyList<string> DefaultRoles,
    bool RequiresTwoFactor = false);
