using System.Text;
using ImeiPortal.Data;
using ImeiPortal.Domain.Journal;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Notifications;
using ImeiPortal.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Features.Auth;

public sealed record ForgotPasswordRequest(string? Email);

public sealed record ResetPasswordRequest(string? Email, string? Token, string? NewPassword);

/// <summary>
/// Password reset and invitations by mailed link, so an admin never needs to know a user's password. The link carries
/// Identity's reset token: it expires (<see cref="AccountOptions.LinkMinutes"/>) and is bound to the user's security stamp,
/// which the reset renews, so it works once; the renewed stamp also ends the user's tokens and open pages.
/// </summary>
public sealed partial class PasswordLinkService(
    UserManager<PortalUser> userManager,
    EmailSender mail,
    IOptions<AccountOptions> options,
    IDbContextFactory<PortalDbContext> dbFactory,
    TimeProvider clock,
    ILogger<PasswordLinkService> logger)
{
    /// <summary>The page that reads the link (built with the portal's pages): <c>/account/reset-password?email=&amp;token=</c>.</summary>
    public const string ResetPagePath = "/account/reset-password";

    public const string InvalidLinkMessage = "The link is invalid, expired or already used. Ask for a new one.";

    /// <summary>
    /// Always the same answer after the same work: the user lookup and a token are made for unknown emails too, and the
    /// mail goes out after the answer, so neither the answer nor its timing tells whether the address has an account.
    /// </summary>
    public async Task ForgotAsync(ForgotPasswordRequest request, CancellationToken cancellationToken = default)
    {
        var email = request.Email?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            return;
        }

        var user = await userManager.FindByEmailAsync(email);
        var known = user is { IsActive: true };
        var target = known ? user! : new PortalUser { Email = email, SecurityStamp = Guid.NewGuid().ToString() };
        var link = await ResetLinkAsync(target);
        // Journaled either way (as sign-in failures are), which also keeps the work alike.
        await JournalAsync(known ? user! : new PortalUser { Id = null!, Email = email }, "User.PasswordResetRequested", cancellationToken);
        if (!known)
        {
            return;
        }

        Send(email, "ImeiPortal: reset your password",
            $"Someone asked to reset the password of your ImeiPortal account. To choose a new password, open:\n\n{link}\n\n"
            + $"The link works once, for {Hours()}. If you did not ask for it, ignore this mail: your password stays as it is.");
    }

    /// <summary>Mails a new user the link to set their first password.</summary>
    public async Task InviteAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        // The user's creation is journaled with its creator; the link itself changes nothing.
        var link = await ResetLinkAsync(user);
        Send(user.Email!, "ImeiPortal: your account",
            $"An ImeiPortal account was created for you ({user.Email}). To choose your password and sign in, open:\n\n{link}\n\n"
            + $"The link works once, for {Hours()}; an administrator can send a new one.");
    }

    public async Task ResetAsync(ResetPasswordRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var validation = new Validation().Required("email", request.Email, 256).Required("token", request.Token, 4000);
        if (string.IsNullOrEmpty(request.NewPassword))
        {
            validation.Add("newPassword", "newPassword is required.");
        }

        validation.ThrowIfInvalid();
        var user = await userManager.FindByEmailAsync(request.Email!.Trim());
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(request.Token!.Trim()));
        }
        catch (FormatException)
        {
            throw new ValidationFailedException("token", InvalidLinkMessage);
        }

        if (user is not { IsActive: true })
        {
            throw new ValidationFailedException("token", InvalidLinkMessage);
        }

        var result = await userManager.ResetPasswordAsync(user, token, request.NewPassword!);
        if (!result.Succeeded)
        {
            var invalidToken = result.Errors.Any(e => e.Code == new IdentityErrorDescriber().InvalidToken().Code);
            throw invalidToken
                ? new ValidationFailedException("token", InvalidLinkMessage)
                : new ValidationFailedException("newPassword", string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await userManager.UpdateAsync(user);
        }

        await JournalAsync(user, "User.PasswordReset", cancellationToken);
    }

    private async Task<string> ResetLinkAsync(PortalUser user)
    {
        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        var encoded = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var query = QueryHelpers.AddQueryString(ResetPagePath, new Dictionary<string, string?> { ["email"] = user.Email, ["token"] = encoded });
        return new Uri(new Uri(options.Value.PublicUrl), query).ToString();
    }

    private string Hours() => options.Value.LinkMinutes % 60 == 0
        ? $"{options.Value.LinkMinutes / 60} hour(s)"
        : $"{options.Value.LinkMinutes} minutes";

    /// <summary>After the answer: a slow or failing mail server must neither delay it nor show in its timing.</summary>
    private void Send(string to, string subject, string body) => _ = Task.Run(async () =>
    {
        try
        {
            await mail.SendAsync(to, subject, body, CancellationToken.None);
        }
        catch (EmailNotSentException e)
        {
            LogNotSent(logger, e, to);
        }
    });

    private async Task JournalAsync(PortalUser user, string action, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Journal.Add(new JournalEntry(clock.GetUtcNow().UtcDateTime, user.Id, user.Email, action, "User", user.Id, null,
            user.Id is null ? System.Text.Json.JsonSerializer.Serialize(new { detail = "unknown or inactive user" }) : null, user.PartnerId, user.CustomerId));
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not mail the password link to {Email}")]
    private static partial void LogNotSent(ILogger logger, Exception exception, string email);
}
