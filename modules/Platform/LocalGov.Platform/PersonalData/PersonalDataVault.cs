using System.Security.Cryptography;
using System.Text;
using LocalGov.Platform.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Platform.PersonalData;

internal sealed class PersonalDataVault(IDataProtectionProvider provider, IServiceScopeFactory scopes) : IPersonalDataVault
{
    private const string HashKeyName = "personal-data-hash-key";
    private readonly IDataProtector _protector = provider.CreateProtector("LocalGov.PersonalData.v1");
    // PublicationOnly: a database blip on first use is retried next time instead of being cached for the process's life
    private readonly Lazy<byte[]> _hashKey = new(() => LoadOrCreateKey(provider.CreateProtector("LocalGov.Secrets.v1"), scopes),
        LazyThreadSafetyMode.PublicationOnly);

    public ProtectedValue Protect(string value) => new(_protector.Protect(value), Hash(value));

    public string Unprotect(string cipher) => _protector.Unprotect(cipher);

    /// <summary>
    /// Loads (or, on a new deployment, creates) the hash key at start-up. Creating it lazily inside a request could
    /// deadlock on SQLite, whose single writer may be the very transaction that asked for a hash.
    /// </summary>
    internal void EnsureKey() => _ = _hashKey.Value;

    public string Hash(string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_hashKey.Value, Encoding.UTF8.GetBytes(value)));

    public bool Matches(string? value, string? storedHash) =>
        !string.IsNullOrEmpty(value) && value.Length <= 1000 && storedHash is { Length: 64 } &&
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(value)), Encoding.ASCII.GetBytes(storedHash.ToLowerInvariant()));

    /// <summary>One random key per deployment, kept encrypted in platform_secrets; every node reads the same.</summary>
    private static byte[] LoadOrCreateKey(IDataProtector secrets, IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var stored = db.Set<PlatformSecret>().AsNoTracking().SingleOrDefault(s => s.Name == HashKeyName);
        if (stored is not null)
        {
            return Convert.FromBase64String(secrets.Unprotect(stored.ProtectedValue));
        }

        var key = RandomNumberGenerator.GetBytes(32);
        db.Add(new PlatformSecret(HashKeyName, secrets.Protect(Convert.ToBase64String(key))));
        try
        {
            db.SaveChanges();
            return key;
        }
        catch (DbUpdateException)
        {
            // another node created it first: use theirs
            db.ChangeTracker.Clear();
            var theirs = db.Set<PlatformSecret>().AsNoTracking().Single(s => s.Name == HashKeyName);
            return Convert.FromBase64String(secrets.Unprotect(theirs.ProtectedValue));
        }
    }
}
