using ImeiPortal.Data;
using ImeiPortal.Domain.Journal;
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
    TimeProvider clock)
{
    /// <summary>The one answer to every refused sign-in, on the page and the API alike.</summary>
    public const string RefusedMessage =
        "Email or password is wrong, or the account is inactive. Repeated failures pause sign-in from your address for a while.";

    // A hash of a random password in the configured format, for unknown emails to be checked against.
    private static string? s_unknownUserHash;

    public async Task<SignInResult> SignInAsync(string? email, string? password, bool bearer, bool persistent = false)
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

        lockout.Reset(user.Id, address);
        signInManager.AuthenticationScheme = bearer ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
        await signInManager.SignInAsync(user, persistent, authenticationMethod: "pwd");
        await JournalAsync(user, "User.SignIn", bearer ? "api" : "portal");
        return SignInResult.Success;
    }

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
