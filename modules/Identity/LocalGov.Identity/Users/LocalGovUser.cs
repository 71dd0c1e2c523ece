using LocalGov.Identity.Contracts;
using LocalGov.Platform.Data;
using Microsoft.AspNetCore.Identity;

namespace LocalGov.Identity.Users;

/// <summary>
/// An account. Residents are global; staff belong to one LAO (<see cref="TenantId"/>); provincial admins to one
/// province (<see cref="ProvinceCode"/>). The national ID, when given, is kept encrypted beside a keyed hash.
/// </summary>
public sealed class LocalGovUser : IdentityUser<Guid>
{
    public LocalGovUser() => Id = Guid.CreateVersion7();

    public UserKind Kind { get; set; } = UserKind.Resident;
    public Guid? TenantId { get; set; }
    public string? ProvinceCode { get; set; }
    public string DisplayName { get; set; } = "";
    public string PreferredCulture { get; set; } = "th-TH";
    [SensitiveData]
    public string? NationalIdCipher { get; set; }
    [SensitiveData]
    public string? NationalIdHash { get; set; }

    /// <summary>
    /// When an OpenID Connect provider (a national digital ID: ThaID, DGA Digital ID) last vouched for the national ID
    /// above, or null for an ID the person typed. Only a verified ID claims records by ID match and prefills forms.
    /// </summary>
    public DateTime? NationalIdVerifiedAt { get; private set; }

    /// <summary>The configured provider name that vouched for it (e.g. "thaid").</summary>
    public string? NationalIdVerifiedBy { get; private set; }

    public bool HasVerifiedNationalId => NationalIdVerifiedAt is not null && NationalIdHash is not null;

    /// <summary>
    /// Records the ID a provider vouched for. An account holding another ID is refused (the caller says why): a
    /// provider never overwrites the ID of an account, only confirms it or fills an empty one.
    /// </summary>
    public bool TryVerifyNationalId(Platform.PersonalData.ProtectedValue id, string provider, DateTime at)
    {
        if (NationalIdHash is not null && NationalIdHash != id.Hash)
        {
            return false;
        }
        NationalIdCipher = id.Cipher;
        NationalIdHash = id.Hash;
        NationalIdVerifiedAt = at;
        NationalIdVerifiedBy = provider;
        return true;
    }
    /// <summary>Invited accounts have no password until the invitation is accepted.</summary>
    public bool InvitationPending { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// When the LAO closed the account (a leaver), or null. A state of its own, not a lockout: a password reset clears
    /// temporary lockouts and never this; a closed account cannot sign in (<see cref="LocalGovSignInManager"/>).
    /// </summary>
    public DateTime? DeactivatedAt { get; set; }

    public bool IsDeactivated => DeactivatedAt is not null;

    /// <summary>National and provincial admins and LAO admins must sign in with a second factor.</summary>
    public bool RequiresTwoFactor(IEnumerable<string> roles) =>
        Kind is UserKind.NationalAdmin or UserKind.ProvincialAdmin
        || (Kind == UserKind.Staff && roles.Contains(Platform.Authorization.RoleTemplates.TenantAdmin));
}
