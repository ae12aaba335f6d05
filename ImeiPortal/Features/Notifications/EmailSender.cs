using System.Globalization;
using ImeiPortal.Security;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ImeiPortal.Features.Notifications;

/// <summary>A mail could not be handed to the server (or the pickup folder): the delivery is retried.</summary>
public sealed class EmailNotSentException(string message, Exception inner) : Exception(message, inner);

/// <summary>Sends one plain-text email through <c>Smtp:Host</c> with MailKit, or without a mail server into the pickup folder.</summary>
public sealed class EmailSender(IOptions<SmtpOptions> options, IHostEnvironment environment)
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        try
        {
            if (string.IsNullOrWhiteSpace(smtp.Host))
            {
                await WriteToPickupAsync(message, smtp, cancellationToken);
                return;
            }

            using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(smtp.TimeoutSeconds).TotalMilliseconds };
            await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException
            or MailKit.CommandException or AuthenticationException or UnauthorizedAccessException or ParseException)
        {
            throw new EmailNotSentException($"Mail to {to} not sent: {e.Message}", e);
        }
    }

    private async Task WriteToPickupAsync(MimeMessage message, SmtpOptions smtp, CancellationToken cancellationToken)
    {
        // The embedded setup has no mail server: mail lands as .eml files an operator (or a test) can pick up.
        var folder = Path.GetFullPath(smtp.PickupDirectory ?? Path.Combine(environment.ContentRootPath, "data", "mail"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid():N}.eml");

        // Written under another name and renamed when complete: whoever picks up *.eml never reads half a message
        // (a test reading the folder while the mail was written got "End of stream").
        var partial = path + ".partial";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path);
    }
}

/// <summary>Mails the user when repeated failed sign-ins from one address locked their account for that address.</summary>
internal sealed class SignInAlertMail(EmailSender mail, ILogger<SignInAlertMail> logger) : ISignInAlerts
{
    public async Task AddressLockedOutAsync(PortalUser user, string address, TimeSpan lockedFor, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(user.Email))
        {
            return;
        }

        var minutes = lockedFor.TotalMinutes.ToString("0", CultureInfo.InvariantCulture);
        try
        {
            await mail.SendAsync(user.Email, "ImeiPortal: sign-in paused after failed attempts",
                $"There were repeated failed sign-ins to your ImeiPortal account from the address {address}. "
                + $"Sign-in from that address is paused for {minutes} minutes; from anywhere else you can sign in as usual.\n\n"
                + "If this was not you, someone may be guessing your password: consider changing it.",
                cancellationToken);
        }
        catch (EmailNotSentException e)
        {
            // The lock holds whether or not the mail went out; a sign-in answer must not fail on the mail server.
            logger.LogWarning(e, "Could not mail {Email} about the sign-in lock for {Address}", user.Email, address);
        }
    }
}
