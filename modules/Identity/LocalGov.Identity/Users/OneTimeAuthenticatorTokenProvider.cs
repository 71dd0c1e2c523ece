using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Identity.Users;

/// <summary>
/// Codes from an authenticator app (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, two steps either side for a
/// phone's clock, as Identity's own provider), each accepted once: the newest accepted step is kept per account,
/// and a code of that step or an earlier one is refused, so a code seen over a shoulder or in a proxy log cannot be
/// used again. Two requests racing with one code: the account's concurrency stamp lets only the first save.
/// </summary>
internal sealed class OneTimeAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<LocalGovUser>
{
    public const string Name = "LocalGovAuthenticator";
    private const string TokenLoginProvider = "[LocalGovAuthenticator]";
    private const string LastStepToken = "LastAcceptedStep";
    private const int StepSeconds = 30;
    private const int Drift = 2;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<LocalGovUser> manager, LocalGovUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app makes the codes; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<LocalGovUser> manager, LocalGovUser user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<LocalGovUser> manager, LocalGovUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !token.All(char.IsAsciiDigit) || FromBase32(key) is not { Length: > 0 } secret)
        {
            return false;
        }
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, TokenLoginProvider, LastStepToken),
            NumberStyles.None, CultureInfo.InvariantCulture, out var saved) ? saved : long.MinValue;
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        for (var step = Math.Max(now - Drift, last + 1); step <= now + Drift; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Code(secret, step)), Encoding.ASCII.GetBytes(token)))
            {
                try
                {
                    return (await manager.SetAuthenticationTokenAsync(user, TokenLoginProvider, LastStepToken,
                        step.ToString(CultureInfo.InvariantCulture))).Succeeded;
                }
                catch (DbUpdateException)
                {
                    return false; // another request saved its step first
                }
            }
        }
        return false;
    }

    private static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(secret, counter, hash);
        var offset = hash[^1] & 0x0f;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7fffffff;
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 base32 as Identity writes authenticator keys; null when it is not base32.</summary>
    private static byte[]? FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant())
        {
            if (c is '=' or ' ')
            {
                continue;
            }
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }
}
