using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace LocalGov.TestSupport;

/// <summary>
/// Time-based one-time passwords for tests that sign in with two-factor authentication: RFC 6238 with the
/// authenticator-app defaults that ASP.NET Core Identity uses (HMAC-SHA1, 30-second step, T0 = 0, 6 digits).
/// </summary>
public static class Totp
{
    private const int StepSeconds = 30;
    private const int Digits = 6;
    private const int Modulus = 1_000_000; // 10^Digits
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The 6-digit code for <paramref name="time"/>, zero-padded, e.g. <c>"081804"</c>.</summary>
    /// <param name="base32Secret">
    /// The shared key in RFC 4648 base32, as shown to the user (any case, spaces and '=' padding allowed).
    /// </param>
    /// <param name="time">The instant; codes change every 30 seconds counted from the Unix epoch.</param>
    /// <exception cref="ArgumentException">The secret is empty or not base32.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is before the Unix epoch.</exception>
    public static string Compute(string base32Secret, DateTimeOffset time)
    {
        byte[] key = FromBase32(base32Secret);
        if (key.Length == 0)
        {
            throw new ArgumentException("The secret is empty.", nameof(base32Secret));
        }

        long unixSeconds = time.ToUnixTimeSeconds();
        ArgumentOutOfRangeException.ThrowIfNegative(unixSeconds, nameof(time));

        Span<byte> counter = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(counter, unixSeconds / StepSeconds);

        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(key, counter, hash);

        // RFC 4226 §5.3 dynamic truncation.
        int offset = hash[^1] & 0x0F;
        int binary = BinaryPrimitives.ReadInt32BigEndian(hash.Slice(offset, 4)) & 0x7FFF_FFFF;

        return (binary % Modulus).ToString("D" + Digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Decodes RFC 4648 base32. Case-insensitive; spaces and '=' padding are ignored, so the grouped lower-case key
    /// that ASP.NET Core Identity displays (<c>"jbsw y3dp ehpk 3pxp"</c>) decodes as is. Trailing bits that do not
    /// fill a whole byte are dropped.
    /// </summary>
    /// <param name="base32">The encoded text.</param>
    /// <exception cref="ArgumentException">A character is outside the base32 alphabet.</exception>
    public static byte[] FromBase32(string base32)
    {
        ArgumentNullException.ThrowIfNull(base32);

        var bytes = new List<byte>(base32.Length * 5 / 8);
        int buffer = 0;
        int bits = 0;

        foreach (char c in base32)
        {
            if (c is ' ' or '=')
            {
                continue;
            }

            int value = Base32Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{c}' is not a base32 character.", nameof(base32));
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
