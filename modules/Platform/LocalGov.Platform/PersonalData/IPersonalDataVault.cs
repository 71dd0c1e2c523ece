namespace LocalGov.Platform.PersonalData;

/// <summary>
/// PDPA protection for identifiers such as national IDs: stored encrypted (ASP.NET Data Protection, keys in the
/// database) beside a keyed hash (HMAC-SHA256) that finds a record by its value without decrypting anything.
/// </summary>
public interface IPersonalDataVault
{
    ProtectedValue Protect(string value);

    string Unprotect(string cipher);

    /// <summary>The look-up hash of a value, to compare with stored hashes.</summary>
    string Hash(string value);

    /// <summary>Whether <paramref name="value"/> hashes to <paramref name="storedHash"/>, compared in constant time (secrets in links).</summary>
    bool Matches(string? value, string? storedHash);
}

public sealed record ProtectedValue(string Cipher, string Hash);
