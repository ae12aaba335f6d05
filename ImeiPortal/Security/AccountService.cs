using ImeiPortal.Data;
using ImeiPortal.Domain.Journal;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Security;

/// <summary>Sign-in for the portal (cookie) and the API (bearer token), with lockout and a journal entry for every attempt.</summary>
public sealed class AccountService(
    SignInManager<PortalUser> signInManager,
    UserManager<PortalUser> userManager,
    IDbContextFactory<PortalDbContext> dbFactory,
    TimeProvider clock)
{
    public async Task<SignInResult> SignInAsync(string? email, string? password, bool bearer, bool persistent = false)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return SignInResult.Failed;
        }

        var user = await userManager.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            await JournalAsync(null, email.Trim(), "User.SignInFailed", null, null, "unknown user");
            return SignInResult.Failed;
        }

        signInManager.AuthenticationScheme = bearer ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
        var result = await signInManager.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: true);
        var (action, detail) = result switch
        {
            { Succeeded: true } => ("User.SignIn", bearer ? "api" : "portal"),
            { IsLockedOut: true } => ("User.LockedOut", "too many failed attempts"),
            { IsNotAllowed: true } => ("User.SignInFailed", "user is inactive"),
            _ => ("User.SignInFailed", "wrong password"),
        };
        await JournalAsync(user.Id, user.Email, action, user.PartnerId, user.CustomerId, detail);
        return result;
    }

    public async Task SignOutAsync(string? userId, string? email)
    {
        await signInManager.SignOutAsync();
        await JournalAsync(userId, email, "User.SignOut", null, null, null);
    }

    public async Task<IdentityResult> ChangePasswordAsync(PortalUser user, string currentPassword, string newPassword)
    {
        var result = await userManager.ChangePasswordAsync(user, currentPassword, newPassword);
        if (result.Succeeded)
        {
            await signInManager.RefreshSignInAsync(user);
            await JournalAsync(user.Id, user.Email, "User.PasswordChanged", user.PartnerId, user.CustomerId, null);
        }

        return result;
    }

    private async Task JournalAsync(string? userId, string? email, string action, int? partnerId, int? customerId, string? detail)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        db.Journal.Add(new JournalEntry(clock.GetUtcNow().UtcDateTime, userId, email, action, "User", userId, null,
            detail is null ? null : System.Text.Json.JsonSerializer.Serialize(new { detail }), partnerId, customerId));
        await db.SaveChangesAsync();
    }
}
