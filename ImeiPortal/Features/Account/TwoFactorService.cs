using ImeiPortal.Data;
using ImeiPortal.Features.Common;
using ImeiPortal.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Account;

public sealed record MfaEnrollment(string Secret, string OtpauthUri);

public sealed record VerifyMfaRequest(string? Code);

public sealed record MfaRecoveryCodes(IReadOnlyList<string> RecoveryCodes);

/// <summary>
/// The signed-in user's own two-factor sign-in with an authenticator app (TOTP, Identity's authenticator token provider).
/// Enrolment hands out a new secret; verifying a first code turns two-factor on and gives recovery codes, shown once.
/// API keys have no account and are refused.
/// </summary>
public sealed class TwoFactorService(
    UserManager<PortalUser> userManager,
    IUserStore<PortalUser> store,
    IDbContextFactory<PortalDbContext> dbFactory,
    ICurrentUser user)
{
    public const string Issuer = "ImeiPortal";
    public const int RecoveryCodeCount = 10;
    public const string PartnerRequiresMessage = "Your partner requires two-factor sign-in; it cannot be turned off.";

    public async Task<MfaEnrollment> EnrollAsync(CancellationToken cancellationToken = default)
    {
        var account = await AccountAsync();
        if (account.TwoFactorEnabled)
        {
            throw new ConflictException("Two-factor sign-in is already on; turn it off first to enrol another authenticator.");
        }

        // Set through the store: UserManager.ResetAuthenticatorKeyAsync renews the security stamp, which would end the very
        // token the user enrols with before they could verify a code. Nothing is protected by the key until it is verified.
        var secret = userManager.GenerateNewAuthenticatorKey();
        await ((IUserAuthenticatorKeyStore<PortalUser>)store).SetAuthenticatorKeyAsync(account, secret, cancellationToken);
        ThrowOnError(await userManager.UpdateAsync(account));
        var label = Uri.EscapeDataString($"{Issuer}:{account.Email}");
        return new MfaEnrollment(secret, $"otpauth://totp/{label}?secret={secret}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30");
    }

    /// <summary>
    /// Turns two-factor sign-in on. Identity renews the security stamp with it, so every session opened with the password
    /// alone ends, this one included: the next sign-in needs a code.
    /// </summary>
    public async Task<MfaRecoveryCodes> VerifyAsync(VerifyMfaRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var account = await AccountAsync();
        var code = (request.Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            throw new ValidationFailedException("code", "code is the 6 digits the authenticator app shows.");
        }

        if (account.TwoFactorEnabled)
        {
            throw new ConflictException("Two-factor sign-in is already on.");
        }

        if (await userManager.GetAuthenticatorKeyAsync(account) is null)
        {
            throw new ConflictException("Enrol first (POST /api/account/mfa/enroll).");
        }

        if (!await userManager.VerifyTwoFactorTokenAsync(account, TokenOptions.DefaultAuthenticatorProvider, code))
        {
            throw new ValidationFailedException("code", "The code does not match; check the authenticator app's clock and enter the current code.");
        }

        var codes = await userManager.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount) ?? [];
        ThrowOnError(await userManager.SetTwoFactorEnabledAsync(account, true));
        return new MfaRecoveryCodes([.. codes]);
    }

    /// <summary>Turns two-factor sign-in off, unless the user's partner requires it.</summary>
    public async Task DisableAsync(CancellationToken cancellationToken = default)
    {
        var account = await AccountAsync();
        if (account.TwoFactorEnabled && await TwoFactorEnrolment.IsRequiredByPartnerAsync(dbFactory, account, cancellationToken))
        {
            throw new ConflictException(PartnerRequiresMessage);
        }

        ThrowOnError(await TwoFactorEnrolment.TurnOffAsync(userManager, store, account, cancellationToken));
    }

    private async Task<PortalUser> AccountAsync()
    {
        if (user.UserId is not { } id || id.StartsWith(ApiKeyAuthentication.ActorPrefix, StringComparison.Ordinal))
        {
            throw new ForbiddenException("Two-factor sign-in belongs to a user's account; an API key has none.");
        }

        return await userManager.FindByIdAsync(id) ?? throw new NotFoundException("User", id);
    }

    private static void ThrowOnError(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new ConflictException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
