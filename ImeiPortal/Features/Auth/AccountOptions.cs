using System.ComponentModel.DataAnnotations;

namespace ImeiPortal.Features.Auth;

/// <summary>Links the portal mails to people (<c>Accounts:*</c>): password reset and invitations.</summary>
public sealed class AccountOptions : IValidatableObject
{
    public const string Section = "Accounts";

    /// <summary>
    /// The portal's address as people reach it, for links in mail. Configured, never taken from the request's Host header:
    /// a link built from that header would send a reset token wherever an attacker pointed it.
    /// </summary>
    public string PublicUrl { get; set; } = "http://localhost:5080";

    /// <summary>How long a reset or invitation link works (it also stops working once used, or after any password change).</summary>
    [Range(5, 10080)]
    public int LinkMinutes { get; set; } = 1440;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(PublicUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("must be an absolute http(s) URL.", [nameof(PublicUrl)]);
        }
    }
}
