using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace ImeiPortal.Features.Notifications;

/// <summary>How mail leaves the portal (<c>Smtp:*</c>). Without a host, mail is written to a pickup folder.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>Auto: TLS on connect for port 465, STARTTLS when the server offers it otherwise.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required]
    public string From { get; set; } = "imeiportal@localhost";

    /// <summary>Folder for .eml files when no host is set; default <c>data/mail</c> under the content root.</summary>
    public string? PickupDirectory { get; set; }

    [Range(1.0, 600.0)]
    public double TimeoutSeconds { get; set; } = 30;
}
