namespace LocalGov.Identity.Contracts;

/// <summary>
/// Invites people by email: the account is created without a password and the mail (queued in the caller's unit of
/// work) carries a one-time link to set one. Nothing is sent if the caller's transaction rolls back.
/// </summary>
public interface IUserInvitations
{
    /// <param name="baseUrl">Scheme, host and path base the link starts with, e.g. https://localgov.go.th/t/demo-city.</param>
    /// <param name="organizationName">The LAO's name in the invitee's language, as the mail names it.</param>
    Task<Invitation> InviteStaffAsync(Guid tenantId, string organizationName, string email, string displayName,
        IReadOnlyCollection<string> roles, string culture, string baseUrl, CancellationToken cancellationToken = default);

    Task<Invitation> InviteProvincialAdminAsync(string provinceCode, string provinceName, string email, string displayName,
        string culture, string baseUrl, CancellationToken cancellationToken = default);
}

public sealed record Invitation(Guid UserId, string Email);
