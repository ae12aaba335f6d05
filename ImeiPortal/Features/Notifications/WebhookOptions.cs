using System.ComponentModel.DataAnnotations;

namespace ImeiPortal.Features.Notifications;

/// <summary>How webhook deliveries are made (<c>Webhooks:*</c>).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>How long one webhook call may take before it counts as a failed attempt.</summary>
    [Range(0.0, 600.0, MinimumIsExclusive = true)]
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>Also call loopback, private and link-local addresses (tests, a receiver inside the operator's network).</summary>
    public bool AllowPrivateTargets { get; set; }
}
