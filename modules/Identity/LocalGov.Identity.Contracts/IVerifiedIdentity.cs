namespace LocalGov.Identity.Contracts;

/// <summary>
/// A person whose national ID a digital-ID provider (ThaID, DGA Digital ID) vouched for when they signed in or linked
/// it. <see cref="NationalIdHash"/> is the same keyed hash every module stores beside an encrypted ID, so records are
/// matched without decrypting anything.
/// </summary>
public sealed record VerifiedPerson(Guid UserId, string NationalId, string NationalIdHash, string DisplayName, string Provider, DateTime VerifiedAt);

/// <summary>
/// What a verified national ID unlocks in other modules: claiming one's own records by ID match (no claim code) and
/// prefilled applications. A typed ID (registration) is never returned: anyone can type anyone's ID.
/// </summary>
public interface IVerifiedIdentity
{
    /// <summary>The account's verified person, or null when the account has no verified national ID.</summary>
    Task<VerifiedPerson?> FindAsync(Guid userId, CancellationToken cancellationToken = default);
}
