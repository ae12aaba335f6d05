using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Security;

/// <summary>
/// The authenticator app's codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, the clock drift Identity's own provider
/// allows), each accepted once: the step a code matches must be later than the last step accepted for the user, so a code
/// read over a shoulder or from a log does not sign in again within its window (RFC 6238, section 5.2). Registered under
/// Identity's authenticator name, so sign-in and enrolment both go through it.
/// </summary>
/// <remarks>
/// Validating records the step (in the user's Identity tokens). Saving it checks the user's concurrency stamp, so two
/// sign-ins racing with one code, on one instance or several, accept it once.
/// </remarks>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<PortalUser>
{
    private const string LoginProvider = "[ImeiPortal]";
    private const string LastStepToken = "AuthenticatorLastStep";
    private const int StepSeconds = 30;

    // As Identity's AuthenticatorTokenProvider: a phone whose clock is up to a minute and a half off still works.
    private const int DriftSteps = 2;

    /// <summary>The step of the last code accepted for the user, or null before the first.</summary>
    public static Task<string?> LastAcceptedStepAsync(UserManager<PortalUser> manager, PortalUser user) =>
        manager.GetAuthenticationTokenAsync(user, LoginProvider, LastStepToken);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<PortalUser> manager, PortalUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app makes the codes; the portal never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var code = token.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit) || await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key
            || Base32Decode(key) is not { } secret)
        {
            return false;
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        long? matched = null;
        for (var step = now - DriftSteps; step <= now + DriftSteps; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(CodeAt(secret, step)), System.Text.Encoding.ASCII.GetBytes(code)))
            {
                matched = step;
            }
        }

        if (matched is not { } accepted)
        {
            return false;
        }

        var last = await LastAcceptedStepAsync(manager, user);
        if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastStep) && accepted <= lastStep)
        {
            return false;
        }

        try
        {
            return (await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastStepToken, accepted.ToString(CultureInfo.InvariantCulture))).Succeeded;
        }
        catch (DbUpdateException)
        {
            // A racing sign-in stored the first step for this user at the same moment: it took the code.
            return false;
        }
    }

    private static string CodeAt(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        // RFC 6238 and every authenticator app use HMAC-SHA1 here; SHA-1's collisions do not weaken HMAC.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var value = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 base32, the alphabet of Identity's authenticator keys; null for anything else.</summary>
    private static byte[]? Base32Decode(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            var value = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = ((buffer << 5) | value) & 0xFFFF;
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
