using System.Security.Cryptography;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>An authenticator app for tests: RFC 6238 codes (HMAC-SHA1, 30 s, 6 digits) from a base32 secret.</summary>
internal static class Totp
{
    public static string Code(string base32Secret, DateTimeOffset? at = null)
    {
        var step = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        // RFC 6238 and every authenticator app use HMAC-SHA1 here; its weakness as a hash does not affect HMAC.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(Base32(base32Secret), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var value = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The code of a later 30-second step (the portal accepts up to two steps ahead): the portal takes each code once, so a
    /// test that signs in right after verifying needs the next one.
    /// </summary>
    public static string Later(string base32Secret, int steps = 1) => Code(base32Secret, DateTimeOffset.UtcNow.AddSeconds(30 * steps));

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
