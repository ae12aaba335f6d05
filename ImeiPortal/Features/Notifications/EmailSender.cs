using System.Globalization;
using System.Net.Mail;
using ImeiPortal.Security;

namespace ImeiPortal.Features.Notifications;

/// <summary>Sends one email through <c>Smtp:Host</c>, or without a mail server into <c>Smtp:PickupDirectory</c>.</summary>
public sealed class EmailSender(IConfiguration configuration, IHostEnvironment environment)
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        using var message = new MailMessage(configuration["Smtp:From"] ?? "imeiportal@localhost", to) { Subject = subject, Body = body };
        using var smtp = new SmtpClient();
        if (configuration["Smtp:Host"] is { Length: > 0 } host)
        {
            smtp.Host = host;
            smtp.Port = configuration.GetValue("Smtp:Port", 25);
            smtp.EnableSsl = configuration.GetValue("Smtp:EnableSsl", false);
            smtp.DeliveryMethod = SmtpDeliveryMethod.Network;
        }
        else
        {
            // Without a mail server (the embedded setup) mail is written as .eml files an operator can pick up.
            var folder = configuration["Smtp:PickupDirectory"] ?? Path.Combine(environment.ContentRootPath, "data", "mail");
            Directory.CreateDirectory(folder);
            smtp.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            smtp.PickupDirectoryLocation = Path.GetFullPath(folder);
        }

        await smtp.SendMailAsync(message, cancellationToken);
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
        catch (Exception e) when (e is SmtpException or IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            // The lock holds whether or not the mail went out; a sign-in answer must not fail on the mail server.
            logger.LogWarning(e, "Could not mail {Email} about the sign-in lock for {Address}", user.Email, address);
        }
    }
}
