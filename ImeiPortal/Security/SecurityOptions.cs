using System.ComponentModel.DataAnnotations;

namespace ImeiPortal.Security;

/// <summary>Session settings (<c>Security:*</c>).</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>How often sessions and open pages re-check their user (deactivation, role or password change).</summary>
    [Range(0.0, 86_400.0, MinimumIsExclusive = true)]
    public double RevalidationSeconds { get; set; } = 5;
}
