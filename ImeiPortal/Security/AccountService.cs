using ImeiPortal.Data;
using ImeiPortal.Domain.Journal;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Security;

/// <summary>
/// Sign-in for the portal (cookie) and the API (bearer token), with a lockout per account and client address and a
/// journal entry for every attempt. Every refusal answers alike and checks a password hash, so neither the answer nor
/// its timing tells whether an account exists, is inactive or is locked.
/// </summary>
public sealed class AccountService(
    SignInManager<PortalUser> signInManager,
    UserManager<PortalUser> userManager,
    SignInLockout lockout,
    ISignInAlerts alerts,
    IHttpContextAccessor httpContextAccessor,
    IOptions<IdentityOptions> identity,
    IDbContextFactory<PortalDbContext> dbFactory,
    IDataProtectionProvider dataProtection,
    TimeProvider clock)
{
    /// <summary>How long the sign-in page's code step may take after the password was checked.</summary>
    public static readonly TimeSpan CodeTicketLifetime = TimeSpan.FromMinutes(5);

    private readonly ITimeLimitedDataProtector _tickets = dataProtection.CreateProtector("ImeiPortal.SignIn.CodeTicket").ToTimeLimitedDataProtector();

    public const string TwoFactorRequiredMessage = "This account signs in with a second factor: send the authenticator app's code (or a recovery code) as otp.";

    public const string EnrollmentRequiredMessage =
        "Your partner requires two-factor sign-in and this account is not enrolled yet: sign in on the portal's page to set up an authenticator app first.";

    /// <summary>The one answer to every refused sign-in, on the page and the API alike.</summary>
    public const string RefusedMessage =
        "Email or password is wrong, or the account is inactive. Repeated failures pause sign-in from your address for a while.";

    // A hash of a random password in the configured format, for unknown emails to be checked against.
    private static string? s_unknownUserHash;

    /// <summary>
    /// Signs in with the password and, for a user enrolled in two-factor sign-in, <paramref name="otp"/> (an authenticator
    /// code or a recovery code). A right password without a code answers <see cref="PortalSignInResult.TwoFactorRequired"/>;
    /// a wrong code counts like a wrong password. A user of a partner that requires two-factor sign-in who has not enrolled
    /// gets <see cref="PortalSignInResult.EnrollmentRequired"/> on the API (the portal's sign-in page will enrol them).
    /// </summary>
    public async Task<SignInResult> SignInAsync(string? email, string? password, bool bearer, bool persistent = false, string? otp = null)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return SignInResult.Failed;
        }

        var address = httpContextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var user = await userManager.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            var nobody = new PortalUser();
            s_unknownUserHash ??= userManager.PasswordHasher.HashPassword(nobody, Guid.NewGuid().ToString());
            userManager.PasswordHasher.VerifyHashedPassword(nobody, s_unknownUserHash, password);
            await JournalAsync(null, email.Trim(), "User.SignInFailed", null, null, "unknown user");
            return SignInResult.Failed;
        }

        var lockedOut = lockout.IsLockedOut(user.Id, address);
        var passwordRight = await userManager.CheckPasswordAsync(user, password);
        if (lockedOut)
        {
            await JournalAsync(user, "User.LockedOut", $"sign-in from {address} is locked after repeated failures");
            return SignInResult.LockedOut;
        }

        if (!passwordRight)
        {
            if (lockout.RecordFailure(user.Id, address))
            {
                await JournalAsync(user, "User.LockedOut", $"too many failed attempts from {address}");
                await alerts.AddressLockedOutAsync(user, address, identity.Value.Lockout.DefaultLockoutTimeSpan);
                return SignInResult.LockedOut;
            }

            await JournalAsync(user, "User.SignInFailed", "wrong password");
            return SignInResult.Failed;
        }

        if (!await signInManager.CanSignInAsync(user))
        {
            await JournalAsync(user, "User.SignInFailed", "user is inactive");
            return SignInResult.NotAllowed;
        }

        return await SecondFactorThenSignInAsync(user, address, bearer, persistent, otp);
    }

    /// <summary>
    /// The sign-in page's password step. For a user with two-factor sign-in it also answers a ticket for the code step,
    /// so the page never sends the password back to the browser: the ticket names the user, is protected (data
    /// protection, shared by all instances), expires after <see cref="CodeTicketLifetime"/> and is bound to the user's
    /// current state, so it works until a code or recovery code is accepted with it (or the password changes) and never after.
    /// </summary>
    public async Task<(SignInResult Result, string? CodeTicket)> SignInOnPageAsync(string? email, string? password, bool persistent = false)
    {
        var result = await SignInAsync(email, password, bearer: false, persistent);
        if (!result.RequiresTwoFactor || await userManager.FindByEmailAsync(email!.Trim()) is not { } user)
        {
            return (result, null);
        }

        return (result, _tickets.Protect(await CodeTicketStateAsync(user), CodeTicketLifetime));
    }

    /// <summary>The sign-in page's code step: the ticket of <see cref="SignInOnPageAsync"/> and a code, refused like a wrong password.</summary>
    public async Task<SignInResult> SignInWithCodeAsync(string? codeTicket, string? otp, bool persistent = false)
    {
        var address = httpContextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        string? state = null;
        try
        {
            state = string.IsNullOrEmpty(codeTicket) ? null : _tickets.Unprotect(codeTicket);
        }
        catch (CryptographicException)
        {
            // Forged, from another key ring or expired: no different answer from a wrong code.
        }

        var user = state?.Split('|')[0] is { Length: > 0 } id ? await userManager.FindByIdAsync(id) : null;
        if (user is not { TwoFactorEnabled: true } || state != await CodeTicketStateAsync(user))
        {
            await JournalAsync(user?.Id, user?.Email, "User.SignInFailed", user?.PartnerId, user?.CustomerId, "sign-in ticket invalid, expired or used");
            return SignInResult.Failed;
        }

        if (lockout.IsLockedOut(user.Id, address))
        {
            await JournalAsync(user, "User.LockedOut", $"sign-in from {address} is locked after repeated failures");
            return SignInResult.LockedOut;
        }

        if (!await signInManager.CanSignInAsync(user))
        {
            await JournalAsync(user, "User.SignInFailed", "user is inactive");
            return SignInResult.NotAllowed;
        }

        // The ticket stands for the password; without a code it is no sign-in.
        return string.IsNullOrWhiteSpace(otp) ? SignInResult.Failed : await SecondFactorThenSignInAsync(user, address, bearer: false, persistent, otp);
    }

    /// <summary>What a used ticket no longer matches: an accepted code moves the last step, a recovery code the count.</summary>
    private async Task<string> CodeTicketStateAsync(PortalUser user) => string.Join('|', user.Id,
        await userManager.GetSecurityStampAsync(user),
        await SingleUseAuthenticatorTokenProvider.LastAcceptedStepAsync(userManager, user) ?? "",
        await userManager.CountRecoveryCodesAsync(user));

    private async Task<SignInResult> SecondFactorThenSignInAsync(PortalUser user, string address, bool bearer, bool persistent, string? otp)
    {
        if (user.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(otp))
            {
                await JournalAsync(user, "User.SignInFailed", "two-factor code missing");
                return SignInResult.TwoFactorRequired;
            }

            if (!await IsSecondFactorAsync(user, otp))
            {
                if (lockout.RecordFailure(user.Id, address))
                {
                    await JournalAsync(user, "User.LockedOut", $"too many failed attempts from {address}");
                    await alerts.AddressLockedOutAsync(user, address, identity.Value.Lockout.DefaultLockoutTimeSpan);
                    return SignInResult.LockedOut;
                }

                await JournalAsync(user, "User.SignInFailed", "wrong two-factor code");
                return SignInResult.Failed;
            }
        }
        else if (bearer && await PartnerRequiresTwoFactorAsync(user))
        {
            await JournalAsync(user, "User.SignInFailed", "two-factor enrolment required by the partner");
            return PortalSignInResult.EnrollmentRequired;
        }

        lockout.Reset(user.Id, address);
        signInManager.AuthenticationScheme = bearer ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
        await signInManager.SignInAsync(user, persistent, authenticationMethod: "pwd");
        await JournalAsync(user, "User.SignIn", bearer ? "api" : "portal");
        return SignInResult.Success;
    }

    /// <summary>An authenticator code (spaces and dashes ignored) or, failing that, an unused recovery code, which it uses up.</summary>
    private async Task<bool> IsSecondFactorAsync(PortalUser user, string otp)
    {
        var code = otp.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return await userManager.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code)
            || (await userManager.RedeemTwoFactorRecoveryCodeAsync(user, otp.Trim())).Succeeded;
    }

    /// <summary>
    /// Whether the portal must send this user to enrolment after a sign-in: their partner requires two-factor sign-in and
    /// they have not set it up. The portal lets them in (unlike the API) so that they can enrol.
    /// </summary>
    public async Task<bool> MustEnrollTwoFactorAsync(string email)
    {
        var user = await userManager.FindByEmailAsync(email.Trim());
        return user is { TwoFactorEnabled: false } && await PartnerRequiresTwoFactorAsync(user);
    }

    private Task<bool> PartnerRequiresTwoFactorAsync(PortalUser user) => TwoFactorEnrolment.IsRequiredByPartnerAsync(dbFactory, user);

    public async Task SignOutAsync(string? userId, string? email)
    {
        await signInManager.SignOutAsync();
        await JournalAsync(userId, email, "User.SignOut", null, null, null);
    }

    /// <summary>Identity renews the security stamp with the password, which ends the user's other sessions and tokens.</summary>
    public async Task<IdentityResult> ChangePasswordAsync(PortalUser user, string currentPassword, string newPassword)
    {
        var result = await userManager.ChangePasswordAsync(user, currentPassword, newPassword);
        if (result.Succeeded)
        {
            await signInManager.RefreshSignInAsync(user);
            await JournalAsync(user, "User.PasswordChanged", null);
        }

        return result;
    }

    private Task JournalAsync(PortalUser user, string action, string? detail) =>
        JournalAsync(user.Id, user.Email, action, user.PartnerId, user.CustomerId, detail);

    private async Task JournalAsync(string? userId, string? email, string action, int? partnerId, int? customerId, string? detail)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        db.Journal.Add(new JournalEntry(clock.GetUtcNow().UtcDateTime, userId, email, action, "User", userId, null,
            detail is null ? null : System.Text.Json.JsonSerializer.Serialize(new { detail }), partnerId, customerId));
        await db.SaveChangesAsync();
    }
}

/// <summary>Identity's sign-in outcomes and one more: the partner requires a second factor the user has not set up.</summary>
public sealed class PortalSignInResult : SignInResult
{
    private PortalSignInResult()
    {
    }

    public static SignInResult EnrollmentRequired { get; } = new PortalSignInResult { RequiresTwoFactorEnrollment = true };

    public bool RequiresTwoFactorEnrollment { get; private init; }
}
