using LocalGov.Platform.Data;
using LocalGov.Platform.MultiTenancy;
using LocalGov.Platform.PersonalData;

namespace LocalGov.Complaints.Open311;

/// <summary>
/// An outside app allowed to file complaints through Open311 with its API key. The LAO admin creates it and sees
/// the key once; only its hash is kept. A revoked key stops working at once.
/// </summary>
public sealed class Open311Client : Entity, IMultiTenant
{
    private Open311Client() { } // EF Core

    public Open311Client(string name, string keyHash, string keyPrefix)
    {
        Name = name;
        KeyHash = keyHash;
        KeyPrefix = keyPrefix;
    }

    public Guid TenantId { get; set; }
    public string Name { get; set; } = "";
    public string? ContactEmail { get; set; }
    public string KeyHash { get; private set; } = "";

    /// <summary>The first characters of the key, so an admin can tell keys apart.</summary>
    public string KeyPrefix { get; private set; } = "";

    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public int RequestCount { get; set; }

    public const int PrefixLength = 8;

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>A client for <paramref name="key"/>: keeps the key's keyed hash and first characters, never the key.</summary>
    public static Open311Client ForKey(string name, string key, IPersonalDataVault vault) =>
        new(name, vault.Hash(key), key[..Math.Min(PrefixLength, key.Length)]);

    /// <summary>Stops the key at once; revoking again keeps the first time.</summary>
    public void Revoke(DateTime now) => RevokedAt ??= now;
}
