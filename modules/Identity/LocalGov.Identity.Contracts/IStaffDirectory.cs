namespace LocalGov.Identity.Contracts;

/// <summary>The people who work for LAOs and provinces, for the admin pages and dashboards.</summary>
public interface IStaffDirectory
{
    Task<IReadOnlyDictionary<Guid, int>> CountStaffAsync(IReadOnlyCollection<Guid> tenantIds, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StaffMember>> ListStaffAsync(Guid tenantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The LAO's active staff (not deactivated, locked out or still invited) whose roles hold <paramref name="permission"/>
    /// there, by name: the officers a case may be assigned to, the supervisors an overdue case is mailed to.
    /// </summary>
    Task<IReadOnlyList<StaffMember>> ListStaffWithPermissionAsync(Guid tenantId, string permission, CancellationToken cancellationToken = default);

    /// <summary>Replaces a staff member's roles; refuses to leave the LAO without an admin.</summary>
    Task SetRolesAsync(Guid tenantId, Guid userId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StaffMember>> ListProvincialAdminsAsync(string? provinceCode, CancellationToken cancellationToken = default);

    /// <summary>
    /// Someone left the LAO: the account is closed for good (a state of its own, which a password reset does not
    /// clear), loses its roles, and its sign-in cookies stop working
    /// (security stamp). The account and its history stay. The LAO's last administrator cannot be deactivated.
    /// </summary>
    Task DeactivateAsync(Guid tenantId, Guid userId, CancellationToken cancellationToken = default);
}

public sealed record StaffMember(
    Guid Id,
    string Email,
    string DisplayName,
    string? ProvinceCode,
    IReadOnlyList<string> Roles,
    bool TwoFactorEnabled,
    bool InvitationPending,
    bool LockedOut,
    bool Deactivated = false);
